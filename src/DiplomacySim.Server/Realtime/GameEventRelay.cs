using System.Collections.Concurrent;
using DiplomacySim.Domain.Visibility;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Realtime;

/// <summary>
/// Delivers each game's event log to this instance's connections. One pump per game reads the log
/// from the database in seq order after the lowest cursor of its subscribers and hands each event
/// to every subscriber whose cursor is below it and who may see it. So each connection receives
/// its events in seq order, without gaps or repeats, whichever instance wrote them: the database,
/// not a message bus, is the order. Pumps wake on a commit here and on a PostgreSQL NOTIFY from another
/// instance; in case a notification was lost, one sweep per instance every two seconds reads the last
/// seq of every watched game in one query and wakes the pumps whose log moved past what they read, so
/// an idle instance costs the database the same whether it watches ten games or ten thousand.
/// </summary>
public sealed partial class GameEventRelay(IServiceScopeFactory scopes, HubConnections connections, ILogger<GameEventRelay> logger) : IAsyncDisposable
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<Guid, GamePump> pumps = new();
    private readonly ConcurrentDictionary<string, Guid> gameOfConnection = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private Task? sweep;

    /// <summary>Starts (or restarts, after a resume) delivery to the connection from <paramref name="afterSeq"/>.</summary>
    /// <remarks><paramref name="viewer"/> is what the connection's user may see at <paramref name="worldVersion"/>.</remarks>
    public async Task SubscribeAsync(Guid gameId, Viewer viewer, int worldVersion, HubCallerContext connection, long afterSeq)
    {
        // Recorded by TrackingHubLifetimeManager before the connection could invoke anything.
        var hubConnection = connections.Find(connection.ConnectionId)
            ?? throw new InvalidOperationException($"Connection {connection.ConnectionId} is not one of this instance's GameHub connections.");
        if (gameOfConnection.TryGetValue(connection.ConnectionId, out var previous) && previous != gameId)
            await PumpFor(previous).RemoveAsync(connection.ConnectionId);
        gameOfConnection[connection.ConnectionId] = gameId;
        await PumpFor(gameId).AddAsync(new Subscriber(hubConnection, connection.UserIdentifier ?? viewer.UserId, viewer, worldVersion, afterSeq));
    }

    public async Task UnsubscribeAsync(string connectionId)
    {
        if (gameOfConnection.TryRemove(connectionId, out var gameId) && pumps.TryGetValue(gameId, out var pump))
            await pump.RemoveAsync(connectionId);
    }

    /// <summary>New events may be in <paramref name="gameId"/>'s log.</summary>
    public void Wake(Guid gameId)
    {
        if (pumps.TryGetValue(gameId, out var pump))
            pump.Wake();
    }

    /// <summary>Notifications may have been missed (the listener reconnected): every pump looks.</summary>
    public void WakeAll()
    {
        foreach (var pump in pumps.Values)
            pump.Wake();
    }

    /// <summary>How many connections this instance delivers to, for logs and the harness.</summary>
    public int ConnectionCount => gameOfConnection.Count;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await Task.WhenAll(pumps.Values.Select(p => p.Completion).Append(sweep ?? Task.CompletedTask));
        stopping.Dispose();
    }

    private GamePump PumpFor(Guid gameId)
    {
        // The sweep starts with the first pump: an instance nobody watches never queries.
        if (sweep is null && Interlocked.CompareExchange(ref sweep, Task.CompletedTask, null) is null)
            sweep = Task.Run(() => SweepAsync(stopping.Token), CancellationToken.None);
        return pumps.GetOrAdd(gameId, id => new GamePump(id, scopes, logger, stopping.Token));
    }

    private async Task SweepAsync(CancellationToken cancellation)
    {
        using var timer = new PeriodicTimer(SweepEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellation))
            {
                var watched = pumps.Where(p => p.Value.IsWatched).Select(p => p.Key).ToList();
                if (watched.Count == 0)
                    continue;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<Data.GameDbContext>();
                    var logs = await db.Games.AsNoTracking().Where(g => watched.Contains(g.Id))
                        .Select(g => new { g.Id, g.LastEventSeq })
                        .ToListAsync(cancellation);
                    foreach (var log in logs)
                    {
                        if (pumps.TryGetValue(log.Id, out var pump) && log.LastEventSeq > pump.LastSeenSeq)
                            pump.Wake();
                    }
                }
                catch (Exception exception) when (!cancellation.IsCancellationRequested)
                {
                    LogSweepFailed(exception, SweepEvery);
                }
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for events that no notification announced failed; trying again in {SweepEvery}")]
    private partial void LogSweepFailed(Exception exception, TimeSpan sweepEvery);
}

/// <summary>
/// One connection watching one game: what its user may see, from their seats as they stood at
/// <see cref="SeatsVersion"/>, and the last seq it was given.
/// </summary>
internal sealed class Subscriber(HubConnectionContext connection, string userId, Viewer viewer, int seatsVersion, long cursor)
{
    public HubConnectionContext Connection { get; } = connection;
    public string ConnectionId => Connection.ConnectionId;
    public string UserId { get; } = userId;
    public Viewer Viewer { get; set; } = viewer;
    public int SeatsVersion { get; set; } = seatsVersion;
    public long Cursor { get; set; } = cursor;
}
