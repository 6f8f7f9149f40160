using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Rulesets;
using DiplomacySim.Server.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Loads the slice of a game's world that the rules read, tracked, so a handler can change it and
/// the transaction saves it.
/// </summary>
public sealed class WorldLoader(GameDbContext db, RulesetCatalog rulesets, WorldCache cache, CurrentGame current)
{
    /// <summary>The whole world: answers and rulings move opinions of third parties (rivals), so they need every pair.</summary>
    public async Task<TrackedWorld> LoadAsync(Game game, CancellationToken cancellationToken)
    {
        var id = game.Id;
        return new TrackedWorld(
            game,
            await rulesets.GetAsync(game.Ruleset, cancellationToken),
            await db.Nations.Where(n => n.GameId == id).ToListAsync(cancellationToken),
            await db.Ministries.Where(m => m.GameId == id).ToListAsync(cancellationToken),
            await db.Installations.Where(i => i.GameId == id).ToListAsync(cancellationToken),
            await db.Missions.Where(m => m.GameId == id).ToListAsync(cancellationToken),
            await db.Embargoes.Where(e => e.GameId == id).ToListAsync(cancellationToken),
            await db.Agreements.Where(LiveIn(id)).ToListAsync(cancellationToken),
            await db.OpinionModifiers.Where(m => m.GameId == id).ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Enough for the rules of a draft (check and send): they read nations, missions and opinions only
    /// among the two nations and the states its clauses name (a name it does not find is the rule
    /// NATION_UNKNOWN). Loading just those keeps a send's cost flat as a game's history and its number
    /// of nations grow (a 200-nation game has 39,800 missions and opinion pairs).
    /// </summary>
    /// <remarks>
    /// The slow-changing parts come from <see cref="WorldCache"/>, with the game's masters, and a command's
    /// opinion sums from the command before it (<see cref="CurrentGame.Opinions"/>), so a send reads the
    /// opinion modifiers among its nations only when they are not known yet.
    /// </remarks>
    public async Task<DraftWorld> LoadDraftAsync(Game game, Guid fromMinistry, Guid toMinistry, IEnumerable<Clause> clauses, CancellationToken cancellationToken)
    {
        var snapshot = cache.Find(game) ?? await ReadSnapshotAsync(game, cancellationToken);
        var among = snapshot.Ministries.Where(m => m.Id == fromMinistry || m.Id == toMinistry).Select(m => m.Nation).ToList();
        foreach (var clause in clauses)
            among.AddRange(clause.NationsNamed);
        among = [.. among.Distinct(StringComparer.Ordinal)];

        // In a batch, the command before this one may have read these sums already (and added its own).
        var batch = current.Opinions is { } opinions && opinions.GameId == game.Id ? opinions : null;
        if (batch?.Among(among, game.InGameDate) is not { } summed)
        {
            summed = await SumModifiersAsync(game, among, cancellationToken);
            batch?.Learn(among, summed, game.InGameDate);
        }
        var world = new WorldView(
            game,
            await rulesets.GetAsync(game.Ruleset, cancellationToken),
            among.Where(snapshot.Nations.ContainsKey).Select(code => snapshot.Nations[code]),
            snapshot.Ministries,
            snapshot.Installations,
            snapshot.MissionsAmong(among),
            snapshot.Embargoes,
            snapshot.LiveAgreements,
            [],
            summed);
        return new DraftWorld(world, snapshot.Members);
    }

    private async Task<Dictionary<(string From, string To), long>> SumModifiersAsync(Game game, List<string> among, CancellationToken cancellationToken)
    {
        // Grouped, not read one by one: a hot pair gains two contact modifiers a send, and reading
        // them all back made each send cost more than the one before. Modifiers alike in what fixes their
        // value (amount, since, fading) come back as one row with a count, so the sum stays exact.
        var summed = new Dictionary<(string From, string To), long>();
        await foreach (var g in ModifiersAmong(db, game.Id, [.. among]).WithCancellation(cancellationToken))
        {
            var value = OpinionModifier.ValueOn(g.Amount, g.Since, g.FadesOverDays, game.InGameDate);
            summed[(g.From, g.To)] = summed.GetValueOrDefault((g.From, g.To)) + value * g.Count;
        }
        return summed;
    }

    /// <summary>
    /// The draft's modifiers, grouped by what fixes their value today, with a count. Compiled once: a
    /// send no longer walks and looks up the LINQ expression in EF Core's query cache.
    /// </summary>
    private static readonly Func<GameDbContext, Guid, string[], IAsyncEnumerable<ModifierGroup>> ModifiersAmong =
        EF.CompileAsyncQuery((GameDbContext db, Guid id, string[] among) => db.OpinionModifiers
            .Where(m => m.GameId == id && among.Contains(m.From) && among.Contains(m.To))
            .GroupBy(m => new { m.From, m.To, m.Amount, m.Since, m.FadesOverDays })
            .Select(g => new ModifierGroup(g.Key.From, g.Key.To, g.Key.Amount, g.Key.Since, g.Key.FadesOverDays, g.LongCount())));

    private sealed record ModifierGroup(string From, string To, int Amount, DateOnly Since, int? FadesOverDays, long Count);

    private async Task<WorldSnapshot> ReadSnapshotAsync(Game game, CancellationToken cancellationToken)
    {
        var id = game.Id;
        var snapshot = new WorldSnapshot(
            game.WorldVersion,
            await db.Nations.AsNoTracking().Where(n => n.GameId == id).ToListAsync(cancellationToken),
            await db.Ministries.AsNoTracking().Where(m => m.GameId == id).ToListAsync(cancellationToken),
            await db.Installations.AsNoTracking().Where(i => i.GameId == id).ToListAsync(cancellationToken),
            await db.Missions.AsNoTracking().Where(m => m.GameId == id).ToListAsync(cancellationToken),
            await db.Embargoes.AsNoTracking().Where(e => e.GameId == id).ToListAsync(cancellationToken),
            await db.Agreements.AsNoTracking().Where(LiveIn(id)).ToListAsync(cancellationToken),
            await db.GameMembers.AsNoTracking().Where(m => m.GameId == id).ToListAsync(cancellationToken));
        cache.Keep(id, snapshot);
        return snapshot;
    }

    private static System.Linq.Expressions.Expression<Func<Agreement, bool>> LiveIn(Guid gameId) =>
        a => a.GameId == gameId && (a.Status == AgreementStatus.PendingRatification || a.Status == AgreementStatus.InForce);
}

/// <summary>A draft's world and its game's member rows (GMs, players, spectators).</summary>
public sealed record DraftWorld(WorldView World, IReadOnlyList<GameMember> Members);
