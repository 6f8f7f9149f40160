using DiplomacySim.Domain.World;
using DiplomacySim.Forum;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.ForumBridge;

internal static class ForumWorlds
{
    /// <summary>
    /// The names forum text is read and written with: a game's nations, ministries and installations,
    /// untracked. Imports and exports need no missions, opinions or agreements; an import's rule check
    /// loads its own slice (<see cref="Play.WorldLoader.LoadDraftAsync"/>).
    /// </summary>
    public static async Task<ForumWorld> LoadForumWorldAsync(this GameDbContext db, Game game, CancellationToken cancellationToken) =>
        new(game.InGameDate,
            await db.Nations.AsNoTracking().Where(n => n.GameId == game.Id).ToListAsync(cancellationToken),
            await db.Ministries.AsNoTracking().Where(m => m.GameId == game.Id).ToListAsync(cancellationToken),
            await db.Installations.AsNoTracking().Where(i => i.GameId == game.Id).ToListAsync(cancellationToken));
}
