using System.Collections.Concurrent;
using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Data;

/// <summary>
/// Serialises the commands of one game. On PostgreSQL the game's row is locked FOR UPDATE inside the
/// command's transaction, which holds across instances. SQLite runs on one instance and has no row
/// locks, so commands queue on a per-game semaphore there instead.
/// </summary>
public sealed class GameLocks
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> local = new();

    /// <summary>Locks the game for the current transaction and loads it fresh, tracked.</summary>
    public async Task<(Game Game, IAsyncDisposable Release)> LockAsync(GameDbContext db, Guid gameId, CancellationToken cancellationToken)
    {
        IAsyncDisposable release = NoRelease.Instance;
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Games" WHERE "Id" = {gameId} FOR UPDATE""", cancellationToken);
        }
        else
        {
            var semaphore = local.GetOrAdd(gameId, _ => new SemaphoreSlim(1, 1));
            await semaphore.WaitAsync(cancellationToken);
            release = new SemaphoreRelease(semaphore);
        }
        var game = await db.Games.SingleAsync(g => g.Id == gameId, cancellationToken);
        return (game, release);
    }

    private sealed class NoRelease : IAsyncDisposable
    {
        public static readonly NoRelease Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class SemaphoreRelease(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                semaphore.Release();
            return ValueTask.CompletedTask;
        }
    }
}
