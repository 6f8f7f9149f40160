using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Who the signed-in user is in one game, as a <see cref="Viewer"/> built from their seats
/// (<see cref="Viewer.Of"/>). Membership gates everything: a user who is no member of the game (no GM,
/// no player, no spectator) gets the same 404 as for a game that does not exist, on every route and on
/// the hub, so that a game confirms nothing of itself to outsiders.
/// </summary>
public sealed class ViewerLookup(GameDbContext db, CurrentUser user)
{
    public string UserId => user.Id;

    /// <summary>
    /// The viewer in a draft's world already loaded: the ministries held and the game's members come
    /// from it, so it costs no query (a send runs this under the game's lock, where round trips count).
    /// </summary>
    public Viewer InWorld(DraftWorld draft) =>
        Viewer.Of(user.Id, draft.Members, draft.World.Ministries.Values) ?? throw GameLookup.NotFound(draft.World.Game.Slug);

    /// <summary>The viewer in <paramref name="game"/>; 404 GAME_NOT_FOUND for a user who is not one of its members.</summary>
    public async Task<Viewer> ForGameAsync(Game game, CancellationToken cancellationToken) =>
        await MemberAsync(game, user.Id, cancellationToken) ?? throw GameLookup.NotFound(game.Slug);

    /// <summary>
    /// A game master of <paramref name="game"/>: 404 for a non-member as <see cref="ForGameAsync"/>, 403
    /// <c>GM_ONLY</c> for another member, saying that only a GM can <paramref name="toDo"/>.
    /// </summary>
    public async Task<Viewer> GameMasterAsync(Game game, string toDo, CancellationToken cancellationToken)
    {
        var viewer = await ForGameAsync(game, cancellationToken);
        return viewer.IsGameMaster ? viewer : throw GameMasterOnly(toDo);
    }

    public static ForbiddenException GameMasterOnly(string toDo) => new("GM_ONLY", $"Only a game master of this game can {toDo}.");

    /// <summary>
    /// The viewer for reading <paramref name="game"/>: a member as <see cref="ForGameAsync"/> finds them;
    /// anyone else, signed in or not, as an <see cref="Viewer.Outsider"/> when the campaign is public or
    /// unlisted (it shows them what is public and nothing more). A private campaign stays members-only:
    /// 404 GAME_NOT_FOUND for a signed-in outsider, 401 for a request without a token. Only reads use this;
    /// every command and the hub ask for a member.
    /// </summary>
    public async Task<Viewer> ForReadingAsync(Game game, CancellationToken cancellationToken)
    {
        if (user.IdOrNull is { } userId && await MemberAsync(game, userId, cancellationToken) is { } member)
            return member;
        return game.Visibility != GameVisibility.Private ? Viewer.Outsider(user.IdOrNull)
            : user.IdOrNull is null ? throw CurrentUser.NotSignedIn()
            : throw GameLookup.NotFound(game.Slug);
    }

    private async Task<Viewer?> MemberAsync(Game game, string userId, CancellationToken cancellationToken)
    {
        var seats = await SeatsOfAsync(db, game.Id, [userId], cancellationToken);
        return Viewer.Of(userId, seats.Members, seats.Ministries);
    }

    /// <summary>The member rows and held ministries of <paramref name="userIds"/> in a game: what <see cref="Viewer.Of"/> reads.</summary>
    public static async Task<(List<GameMember> Members, List<Ministry> Ministries)> SeatsOfAsync(
        GameDbContext db, Guid gameId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var members = await db.GameMembers.AsNoTracking()
            .Where(m => m.GameId == gameId && userIds.Contains(m.UserId))
            .ToListAsync(cancellationToken);
        var ministries = await db.Ministries.AsNoTracking()
            .Where(m => m.GameId == gameId && m.HolderId != null && userIds.Contains(m.HolderId))
            .ToListAsync(cancellationToken);
        return (members, ministries);
    }
}
