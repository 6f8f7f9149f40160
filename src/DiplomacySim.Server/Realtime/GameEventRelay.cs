using System.Collections.Concurrent;
using DiplomacySim.Domain.Visibility;
using Microsoft.AspNetCore.SignalR;

namespace DiplomacySim.Server.Realtime;

/// <summary>
/// Delivers each game's event log to this instance's connections. One pump per game reads the log
/// from the database in seq order after the lowest cursor of its subscribers and hands each event
/// to every subscriber whose cursor is below it and who may see it. So each connection receives
/// its events in seq order, without gaps or repeats, whichever instance wrote them: the database,
/// not a message bus, is the order. Pumps wake on a commit here, on a PostgreSQL NOTIFY from another
/// instance, and on a short timer in case a notification was lost.
/// </summary>
public sealed class GameEventRelay(IServiceScopeFactory scopes, HubConnections connections, ILogger<GameEventRelay> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, GamePump> pumps = new();
    private readonly ConcurrentDictionary<string, Guid> gameOfConnection = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();

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
        await Task.WhenAll(pumps.Values.Select(p => p.Completion));
        stopping.Dispose();
    }

    private GamePump PumpFor(Guid gameId) =>
        pumps.GetOrAdd(gameId, id => new GamePump(id, scopes, logger, stopping.Token));
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
