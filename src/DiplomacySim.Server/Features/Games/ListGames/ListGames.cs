using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Games.ListGames;

public sealed record ListGamesQuery : IQuery<IReadOnlyList<GameSummary>>;

/// <summary>A campaign in a list: what it is, who may read and join it, and the caller's <c>role</c> in it (gameMaster, player, spectator or none).</summary>
public sealed record GameSummary(
    Guid Id, string Slug, string Title, DateOnly InGameDate, string? Description, GameVisibility Visibility, JoinPolicy JoinPolicy, string Role)
{
    public static GameSummary Of(Game game, string role) =>
        new(game.Id, game.Slug, game.Title, game.InGameDate, game.Description, game.Visibility, game.JoinPolicy, role);
}

/// <summary>
/// The games the caller is a member of (a GM, a player holding a ministry, a spectator), then the public
/// ones it is not in; unlisted and private games of others are never listed. Anyone may ask, signed in or not.
/// </summary>
public sealed class ListGamesHandler(GameDbContext db, CurrentUser user) : IQueryHandler<ListGamesQuery, IReadOnlyList<GameSummary>>
{
    public async ValueTask<IReadOnlyList<GameSummary>> Handle(ListGamesQuery query, CancellationToken cancellationToken)
    {
        // Without a token, the public campaigns alone.
        var userId = user.IdOrNull ?? "";
        var rows = await db.Games.AsNoTracking()
            .Select(g => new
            {
                Game = g,
                Member = db.GameMembers.Where(m => m.GameId == g.Id && m.UserId == userId).Select(m => (GameRole?)m.Role).FirstOrDefault(),
                Holds = db.Ministries.Any(m => m.GameId == g.Id && m.HolderId == userId),
            })
            .Where(r => r.Member != null || r.Holds || r.Game.Visibility == GameVisibility.Public)
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => GameSummary.Of(r.Game, Role(r.Member, r.Holds)))
            .OrderBy(s => s.Role == "none")
            .ThenBy(s => s.Title, StringComparer.CurrentCulture)];
    }

    private static string Role(GameRole? member, bool holds) =>
        member == GameRole.GameMaster ? "gameMaster"
        : holds || member == GameRole.Player ? "player"
        : member == GameRole.Spectator ? "spectator"
        : "none";
}
