using DiplomacySim.Server.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Games.GetGame;

public sealed record GetGameQuery(string Game) : IQuery<GameWorld>;

public sealed class GetGameHandler(GameDbContext db) : IQueryHandler<GetGameQuery, GameWorld>
{
    public async ValueTask<GameWorld> Handle(GetGameQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);

        var nations = await db.Nations.AsNoTracking().Where(n => n.GameId == game.Id).OrderBy(n => n.Code)
            .Select(n => new NationView(n.Code, n.Name, n.Aliases, n.Region, n.Blocs))
            .ToListAsync(cancellationToken);
        var ministries = await (
                from m in db.Ministries.AsNoTracking()
                where m.GameId == game.Id
                join u in db.Users on m.HolderId equals u.Id into holders
                from holder in holders.DefaultIfEmpty()
                orderby m.Nation, m.Kind
                select new MinistryView(m.Id, m.Nation, m.Kind, m.Title, m.MinisterName, holder == null ? null : holder.UserName))
            .ToListAsync(cancellationToken);
        var installations = await db.Installations.AsNoTracking().Where(i => i.GameId == game.Id).OrderBy(i => i.Nation).ThenBy(i => i.Name)
            .Select(i => new InstallationView(i.Id, i.Nation, i.Name, i.Aliases, i.Kind, i.Capacity, i.ForeignPersonnel, i.ReservedPersonnel))
            .ToListAsync(cancellationToken);
        var missions = await db.Missions.AsNoTracking().Where(m => m.GameId == game.Id).OrderBy(m => m.From).ThenBy(m => m.To)
            .Select(m => new MissionView(m.From, m.To, m.Status))
            .ToListAsync(cancellationToken);

        return new GameWorld(game.Id, game.Slug, game.Title, game.InGameDate, game.RelationsVisibility, nations, ministries, installations, missions);
    }
}
