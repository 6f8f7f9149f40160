using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Games.GetGame;

public sealed record GetGameQuery(string Game) : IQuery<GameWorld>;

public sealed class GetGameHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<GetGameQuery, GameWorld>
{
    public async ValueTask<GameWorld> Handle(GetGameQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForReadingAsync(game, cancellationToken);

        var nations = await db.Nations.AsNoTracking().Where(n => n.GameId == game.Id).OrderBy(n => n.Code)
            .Select(n => new NationView(n.Code, n.Name, n.Aliases, n.Region, n.Blocs, n.ClaimStatus))
            .ToListAsync(cancellationToken);
        var ministries = await (
                from m in db.Ministries.AsNoTracking()
                where m.GameId == game.Id
                join u in db.Users on m.HolderId equals u.Id into holders
                from holder in holders.DefaultIfEmpty()
                orderby m.Nation, m.Kind
                select new MinistryView(m.Id, m.Nation, m.Kind, m.Title, m.MinisterName, holder == null ? null : holder.UserName))
            .ToListAsync(cancellationToken);
        // Occupancy follows the agreements behind it: what the caller may not read is not counted.
        var basing = await db.Agreements.AsNoTracking()
            .Where(a => a.GameId == game.Id && a.Kind == ClauseKind.BasingRights
                && (a.Status == AgreementStatus.PendingRatification || a.Status == AgreementStatus.InForce))
            .ToListAsync(cancellationToken);
        var installations = (await db.Installations.AsNoTracking().Where(i => i.GameId == game.Id).OrderBy(i => i.Nation).ThenBy(i => i.Name)
            .ToListAsync(cancellationToken))
            .Select(i => (Installation: i, Occupancy: Occupancy.Of(i, basing, viewer)))
            .Select(x => new InstallationView(x.Installation.Id, x.Installation.Nation, x.Installation.Name, x.Installation.Aliases, x.Installation.Kind, x.Installation.Capacity,
                x.Occupancy.ForeignPersonnel, x.Occupancy.ReservedPersonnel, x.Occupancy.FreeCapacity, x.Occupancy.UndisclosedArrangement))
            .ToList();
        var missions = await db.Missions.AsNoTracking().Where(m => m.GameId == game.Id).OrderBy(m => m.From).ThenBy(m => m.To)
            .Select(m => new MissionView(m.From, m.To, m.Status))
            .ToListAsync(cancellationToken);

        return new GameWorld(game.Id, game.Slug, game.Title, game.InGameDate, game.RelationsVisibility, game.Description, game.Visibility, game.JoinPolicy, nations, ministries, installations, missions);
    }
}
