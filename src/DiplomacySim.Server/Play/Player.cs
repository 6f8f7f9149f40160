using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Play;

/// <summary>
/// What a user is in one game: the ministries they hold, the nations those belong to, and whether
/// they are a game master. Every read and write of a game decides visibility from this.
/// </summary>
public sealed record Player(string UserId, bool IsGameMaster, IReadOnlySet<Guid> Ministries, IReadOnlySet<string> Nations)
{
    public Actor Actor => new(UserId, IsGameMaster);
}

public sealed class PlayerLookup(GameDbContext db, CurrentUser user)
{
    public string UserId => user.Id;

    /// <summary>
    /// The player in a draft's world already loaded: the ministries held and the game's masters come
    /// from it, so it costs no query (a send runs this under the game's lock, where round trips count).
    /// </summary>
    public Player InWorld(DraftWorld draft)
    {
        var userId = user.Id;
        var isGameMaster = draft.GameMasters.Contains(userId);
        var ministries = draft.World.Ministries.Values;
        var held = ministries.Where(m => m.IsHeldBy(userId)).ToList();
        return new Player(userId, isGameMaster, held.Select(m => m.Id).ToHashSet(), held.Select(m => m.Nation).ToHashSet(StringComparer.Ordinal));
    }

    public async Task<Player> ForGameAsync(Guid gameId, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        var isGameMaster = await db.GameMembers.AnyAsync(
            m => m.GameId == gameId && m.UserId == userId && m.Role == GameRole.GameMaster, cancellationToken);
        var held = await db.Ministries.AsNoTracking()
            .Where(m => m.GameId == gameId && m.HolderId == userId)
            .Select(m => new { m.Id, m.Nation })
            .ToListAsync(cancellationToken);
        return new Player(userId, isGameMaster, held.Select(m => m.Id).ToHashSet(), held.Select(m => m.Nation).ToHashSet(StringComparer.Ordinal));
    }
}
