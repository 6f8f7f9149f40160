using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Seeding;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Loads the slice of a game's world that the rules read, tracked, so a handler can change it and
/// the transaction saves it. Small by design: a game holds tens of nations and bases.
/// </summary>
public sealed class WorldLoader(GameDbContext db, RulesetCatalog rulesets)
{
    public async Task<WorldView> LoadAsync(Game game, CancellationToken cancellationToken)
    {
        var id = game.Id;
        var ruleset = await rulesets.GetAsync(game.Ruleset, cancellationToken);
        return new WorldView(
            game,
            ruleset,
            await db.Nations.Where(n => n.GameId == id).ToListAsync(cancellationToken),
            await db.Ministries.Where(m => m.GameId == id).ToListAsync(cancellationToken),
            await db.Installations.Where(i => i.GameId == id).ToListAsync(cancellationToken),
            await db.Missions.Where(m => m.GameId == id).ToListAsync(cancellationToken),
            await db.Embargoes.Where(e => e.GameId == id).ToListAsync(cancellationToken),
            await db.Agreements.Where(a => a.GameId == id && (a.Status == AgreementStatus.PendingRatification || a.Status == AgreementStatus.InForce)).ToListAsync(cancellationToken),
            await db.OpinionModifiers.Where(m => m.GameId == id).ToListAsync(cancellationToken));
    }
}
