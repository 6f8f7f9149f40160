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

    /// <summary>
    /// Finds the game by id or slug, locks it for the current transaction and loads it fresh, tracked.
    /// On PostgreSQL that is one round trip, which also queues the commit's NOTIFY to every instance:
    /// PostgreSQL delivers it only if the transaction commits (a command that appended nothing wakes the
    /// relays for nothing, which costs one empty read).
    /// </summary>
    public async Task<(Game Game, IAsyncDisposable Release)> LockAsync(GameDbContext db, string idOrSlug, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var byId = Guid.TryParse(idOrSlug, out var id);
            var slug = byId ? null : idOrSlug;
            var locked = await db.Games.FromSql($"""
                SELECT g.* FROM "Games" AS g CROSS JOIN LATERAL pg_notify({Events.EventTypes.NotifyChannel}, g."Id"::text || ':' || {Events.NotifyPayload.Origin}) AS n
                WHERE (g."Id" = {id} AND {byId}) OR g."Slug" = {slug} FOR UPDATE OF g
                """).ToListAsync(cancellationToken);
            return (locked.SingleOrDefault() ?? throw GameLookup.NotFound(idOrSlug), NoRelease.Instance);
        }

        var gameId = (await db.FindGameAsync(idOrSlug, cancellationToken)).Id;
        db.ChangeTracker.Clear();
        var semaphore = local.GetOrAdd(gameId, _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(cancellationToken);
        var game = await db.Games.SingleAsync(g => g.Id == gameId, cancellationToken);
        return (game, new SemaphoreRelease(semaphore));
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
