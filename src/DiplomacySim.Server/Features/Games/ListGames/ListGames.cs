using DiplomacySim.Server.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Games.ListGames;

public sealed record ListGamesQuery : IQuery<IReadOnlyList<GameSummary>>;

public sealed record GameSummary(Guid Id, string Slug, string Title, DateOnly InGameDate);

public sealed class ListGamesHandler(GameDbContext db) : IQueryHandler<ListGamesQuery, IReadOnlyList<GameSummary>>
{
    public async ValueTask<IReadOnlyList<GameSummary>> Handle(ListGamesQuery query, CancellationToken cancellationToken) =>
        await db.Games.AsNoTracking()
            .OrderBy(g => g.Title)
            .Select(g => new GameSummary(g.Id, g.Slug, g.Title, g.InGameDate))
            .ToListAsync(cancellationToken);
}
