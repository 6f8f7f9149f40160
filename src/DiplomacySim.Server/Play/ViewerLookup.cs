using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Who the signed-in user is in one game, as a <see cref="Viewer"/>: the ministries they hold, their
/// nations, whether they are a game master. Membership gates everything: a user who is no member of
/// the game (no GM, no player, no spectator) gets the same 404 as for a game that does not exist, on
/// every route and on the hub, so that a private game confirms nothing of itself to outsiders.
/// </summary>
public sealed class ViewerLookup(GameDbContext db, CurrentUser user)
{
    public string UserId => user.Id;

    /// <summary>
    /// The viewer in a draft's world already loaded: the ministries held and the game's members come
    /// from it, so it costs no query (a send runs this under the game's lock, where round trips count).
    /// </summary>
    public Viewer InWorld(DraftWorld draft)
    {
        var userId = user.Id;
        var game = draft.World.Game;
        if (!draft.Members.Contains(userId))
            throw GameLookup.NotFound(game.Slug);
        var held = draft.World.Ministries.Values.Where(m => m.IsHeldBy(userId)).ToList();
        return new Viewer(userId, draft.GameMasters.Contains(userId), held.Select(m => m.Id).ToHashSet(), held.Select(m => m.Nation).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The viewer in <paramref name="game"/>; 404 GAME_NOT_FOUND for a user who is not one of its members.</summary>
    public async Task<Viewer> ForGameAsync(Game game, CancellationToken cancellationToken) =>
        await FindAsync(game, cancellationToken) ?? throw GameLookup.NotFound(game.Slug);

    /// <summary>The viewer in <paramref name="game"/>, or null for a user who is not one of its members.</summary>
    public async Task<Viewer?> FindAsync(Game game, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        var roles = await db.GameMembers.AsNoTracking()
            .Where(m => m.GameId == game.Id && m.UserId == userId)
            .Select(m => m.Role)
            .ToListAsync(cancellationToken);
        var held = await db.Ministries.AsNoTracking()
            .Where(m => m.GameId == game.Id && m.HolderId == userId)
            .Select(m => new { m.Id, m.Nation })
            .ToListAsync(cancellationToken);
        if (roles.Count == 0 && held.Count == 0)
            return null;
        return new Viewer(userId, roles.Contains(GameRole.GameMaster), held.Select(m => m.Id).ToHashSet(), held.Select(m => m.Nation).ToHashSet(StringComparer.Ordinal));
    }
}
