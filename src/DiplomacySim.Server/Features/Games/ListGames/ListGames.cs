using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Games.ListGames;

public sealed record ListGamesQuery : IQuery<IReadOnlyList<GameSummary>>;

public sealed record GameSummary(Guid Id, string Slug, string Title, DateOnly InGameDate);

/// <summary>The games the caller is a member of (a GM, a player holding a ministry, a spectator); others are not listed.</summary>
public sealed class ListGamesHandler(GameDbContext db, CurrentUser user) : IQueryHandler<ListGamesQuery, IReadOnlyList<GameSummary>>
{
    public async ValueTask<IReadOnlyList<GameSummary>> Handle(ListGamesQuery query, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        return await db.Games.AsNoTracking()
            .Where(g => db.GameMembers.Any(m => m.GameId == g.Id && m.UserId == userId)
                || db.Ministries.Any(m => m.GameId == g.Id && m.HolderId == userId))
            .OrderBy(g => g.Title)
            .Select(g => new GameSummary(g.Id, g.Slug, g.Title, g.InGameDate))
            .ToListAsync(cancellationToken);
    }
}
