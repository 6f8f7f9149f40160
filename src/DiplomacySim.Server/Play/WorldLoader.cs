using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Loads the slice of a game's world that the rules read, tracked, so a handler can change it and
/// the transaction saves it.
/// </summary>
public sealed class WorldLoader(GameDbContext db, RulesetCatalog rulesets)
{
    /// <summary>The whole world: answers and rulings move opinions of third parties (rivals), so they need every pair.</summary>
    public Task<WorldView> LoadAsync(Game game, CancellationToken cancellationToken) => LoadAsync(game, among: null, cancellationToken);

    /// <summary>
    /// Enough for the rules of a draft (check and send): they read nations, missions and opinions only
    /// among the two nations and the states its clauses name (a name it does not find is the rule
    /// NATION_UNKNOWN). Loading just those keeps a send's cost flat as a game's history and its number
    /// of nations grow (a 200-nation game has 39,800 missions and opinion pairs).
    /// </summary>
    public async Task<WorldView> LoadForDraftAsync(Game game, Guid fromMinistry, Guid toMinistry, IEnumerable<Clause> clauses, CancellationToken cancellationToken)
    {
        var ministries = await db.Ministries.Where(m => m.GameId == game.Id).ToListAsync(cancellationToken);
        var nations = ministries.Where(m => m.Id == fromMinistry || m.Id == toMinistry).Select(m => m.Nation).ToList();
        foreach (var clause in clauses.OfType<ProtectingPowerClause>())
            nations.AddRange([clause.ProtectedState, clause.HostState]);
        return await LoadAsync(game, nations.Distinct(StringComparer.Ordinal).ToList(), ministries, cancellationToken);
    }

    private async Task<WorldView> LoadAsync(Game game, List<string>? among, CancellationToken cancellationToken) =>
        await LoadAsync(game, among, await db.Ministries.Where(m => m.GameId == game.Id).ToListAsync(cancellationToken), cancellationToken);

    private async Task<WorldView> LoadAsync(Game game, List<string>? among, List<Ministry> ministries, CancellationToken cancellationToken)
    {
        var id = game.Id;
        var ruleset = await rulesets.GetAsync(game.Ruleset, cancellationToken);
        var nations = db.Nations.Where(n => n.GameId == id);
        var missions = db.Missions.Where(m => m.GameId == id);
        var modifiers = db.OpinionModifiers.Where(m => m.GameId == id);
        if (among is not null)
        {
            nations = nations.Where(n => among.Contains(n.Code));
            missions = missions.Where(m => among.Contains(m.From) && among.Contains(m.To));
            modifiers = modifiers.Where(m => among.Contains(m.From) && among.Contains(m.To));
        }
        return new WorldView(
            game,
            ruleset,
            await nations.ToListAsync(cancellationToken),
            ministries,
            await db.Installations.Where(i => i.GameId == id).ToListAsync(cancellationToken),
            await missions.ToListAsync(cancellationToken),
            await db.Embargoes.Where(e => e.GameId == id).ToListAsync(cancellationToken),
            await db.Agreements.Where(a => a.GameId == id && (a.Status == AgreementStatus.PendingRatification || a.Status == AgreementStatus.InForce)).ToListAsync(cancellationToken),
            await modifiers.ToListAsync(cancellationToken));
    }
}
