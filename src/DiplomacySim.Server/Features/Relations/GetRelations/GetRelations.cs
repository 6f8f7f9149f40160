using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Relations.GetRelations;

public sealed record GetRelationsQuery(string Game) : IQuery<RelationsMatrix>;

public sealed record RelationsMatrix(IReadOnlyList<string> Nations, IReadOnlyList<OpinionEntry> Opinions);

public sealed record OpinionEntry(string From, string To, int Score);

/// <summary>The opinion matrix on today's in-game date: every directed pair the caller may see.</summary>
public sealed class GetRelationsHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<GetRelationsQuery, RelationsMatrix>
{
    public async ValueTask<RelationsMatrix> Handle(GetRelationsQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForReadingAsync(game, cancellationToken);
        var nations = await db.Nations.AsNoTracking().Where(n => n.GameId == game.Id).OrderBy(n => n.Code).Select(n => n.Code).ToListAsync(cancellationToken);
        var modifiers = (await db.OpinionModifiers.AsNoTracking().Where(m => m.GameId == game.Id).ToListAsync(cancellationToken))
            .ToLookup(m => (m.From, m.To));

        var opinions = (
            from a in nations
            from b in nations
            where a != b && viewer.MaySee(Audience.OfRelation(game.RelationsVisibility, a, b))
            select new OpinionEntry(a, b, Opinion.Score(modifiers[(a, b)], game.InGameDate))).ToList();
        return new RelationsMatrix(nations, opinions);
    }
}
