using System.Text.Json;
using System.Threading.Channels;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Realtime;

/// <summary>The delivery loop of one game on this instance (see <see cref="GameEventRelay"/>).</summary>
internal sealed partial class GamePump
{
    private const int BatchSize = 500;

    // A connection that takes longer than this to accept one event is cut; it resumes from its last seq.
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    private readonly Guid gameId;
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger logger;
    private readonly Dictionary<string, Subscriber> subscribers = new(StringComparer.Ordinal);

    // The writes of the event being delivered that did not complete at once; reused, under the gate.
    private readonly List<(Subscriber Subscriber, Task Write)> pending = [];

    // Held while delivering and while the subscribers change, so that a resume never races a delivery.
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // The log's last seq as this pump last read it, and whether anyone is watching: what the relay's
    // sweep compares with the games' own last seq (read from other threads, hence the Volatile access).
    private long lastSeenSeq;
    private int watching;

    public GamePump(Guid gameId, IServiceScopeFactory scopes, ILogger logger, CancellationToken stopping)
    {
        this.gameId = gameId;
        this.scopes = scopes;
        this.logger = logger;
        Completion = Task.Run(() => RunAsync(stopping), CancellationToken.None);
    }

    public Task Completion { get; }

    public void Wake() => wake.Writer.TryWrite(true);

    /// <summary>The highest seq this pump has read the log up to (0 before its first read).</summary>
    public long LastSeenSeq => Volatile.Read(ref lastSeenSeq);

    /// <summary>Whether any connection watches the game through this pump.</summary>
    public bool IsWatched => Volatile.Read(ref watching) > 0;

    public async Task AddAsync(Subscriber subscriber)
    {
        await gate.WaitAsync();
        try
        {
            subscribers[subscriber.ConnectionId] = subscriber;
            Volatile.Write(ref watching, subscribers.Count);
        }
        finally
        {
            gate.Release();
        }
        Wake();
    }

    public async Task RemoveAsync(string connectionId)
    {
        await gate.WaitAsync();
        try
        {
            subscribers.Remove(connectionId);
            Volatile.Write(ref watching, subscribers.Count);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                // Woken by a commit here, a NOTIFY from another instance, or the relay's sweep when the
                // game's last seq passed what this pump has read (a notification lost): no timer per game.
                await wake.Reader.WaitToReadAsync(stopping);
                wake.Reader.TryRead(out _);
                await DeliverAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogDeliveryFailed(exception, gameId);
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
        }
    }

    private async Task DeliverAsync(CancellationToken stopping)
    {
        await gate.WaitAsync(stopping);
        try
        {
            while (subscribers.Count > 0)
            {
                var from = subscribers.Values.Min(s => s.Cursor);
                var (batch, worldVersion) = await ReadAsync(from, stopping);
                if (worldVersion is { } version)
                    await FollowSeatsAsync(version, stopping);
                foreach (var gameEvent in batch)
                    await DeliverAsync(gameEvent, stopping);
                // Only once delivered: a batch that failed is read again when the sweep finds the log ahead.
                Volatile.Write(ref lastSeenSeq, Math.Max(LastSeenSeq, batch.Count > 0 ? batch[^1].Seq : from));
                if (batch.Count < BatchSize)
                    return;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Writes one event to every connection at once, and returns when all have it: each connection
    /// still gets its events in seq order, and one slow connection costs the others at most the send
    /// timeout rather than the sum of all the sends.
    /// </summary>
    private async Task DeliverAsync(Domain.Events.GameEvent gameEvent, CancellationToken stopping)
    {
        // The invocation a Clients.Client(id).SendAsync("Event", view) would send, but serialised once
        // per protocol, on the first write, and the same bytes written to every connection; per
        // connection serialisation was most of the fan-out's cost. JsonElement.Parse owns its memory (no
        // JsonDocument to clone or leave undisposed), as it must: nothing here disposes it while a write may still serialise it.
        // An event derived from a cause some of its audience may not know has a second, undisclosed
        // form (GameEvent.PayloadFor); each form is serialised once, when a connection first needs it.
        SerializedHubMessage? full = null, undisclosed = null;

        // One timer for the event instead of one per connection: the writes all start now.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(SendTimeout);
        pending.Clear();
        foreach (var subscriber in subscribers.Values)
        {
            if (subscriber.Cursor >= gameEvent.Seq)
                continue;
            if (gameEvent.PayloadFor(subscriber.Viewer) is { } payload)
            {
                var message = ReferenceEquals(payload, gameEvent.Payload)
                    ? full ??= Serialise(gameEvent, payload)
                    : undisclosed ??= Serialise(gameEvent, payload);
                var write = subscriber.Connection.WriteAsync(message, timeout.Token);
                // Most writes only copy into the connection's pipe and complete here; only those
                // waiting on a full pipe are awaited below, so nothing per connection is allocated.
                if (write.IsCompletedSuccessfully)
                    write.GetAwaiter().GetResult();
                else
                    pending.Add((subscriber, write.AsTask()));
            }
            subscriber.Cursor = gameEvent.Seq;
        }
        foreach (var (subscriber, write) in pending)
        {
            try
            {
                await write;
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                // Better a resume from its last seq than a gap or a pump stalled for everyone.
                LogSlowConnectionCut(subscriber.ConnectionId, gameEvent.Seq);
                subscriber.Connection.Abort();
                subscribers.Remove(subscriber.ConnectionId);
            }
        }
    }

    private static SerializedHubMessage Serialise(Domain.Events.GameEvent gameEvent, string payload) =>
        new(new InvocationMessage(nameof(IGameClient.Event), [new EventView(gameEvent.Seq, gameEvent.Type, gameEvent.OccurredAt, gameEvent.InGameDate, JsonElement.Parse(payload))]));

    /// <summary>
    /// The next events, then the game's WorldVersion. In that order: a change of seats committed before
    /// any of these events has moved the version by the time it is read, so no event is judged by seats
    /// older than it.
    /// </summary>
    private async Task<(List<Domain.Events.GameEvent> Events, int? WorldVersion)> ReadAsync(long after, CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        var events = await db.Events.AsNoTracking()
            .Where(e => e.GameId == gameId && e.Seq > after)
            .OrderBy(e => e.Seq)
            .Take(BatchSize)
            .ToListAsync(stopping);
        // Nothing to deliver, nothing to judge: an idle game's two-second poll costs one query, not two.
        if (events.Count == 0)
            return (events, null);
        var version = await db.Games.Where(g => g.Id == gameId).Select(g => g.WorldVersion).SingleAsync(stopping);
        return (events, version);
    }

    /// <summary>
    /// Access follows seats at once, on open connections too: a connection whose viewer was built at an
    /// older WorldVersion (a seat, a member or anything else of the world has changed since) gets its
    /// user's viewer again before the next event; one whose user is no longer a member is closed, and
    /// its rejoin is refused as for a game it does not know.
    /// </summary>
    private async Task FollowSeatsAsync(int worldVersion, CancellationToken stopping)
    {
        var stale = subscribers.Values.Where(s => s.SeatsVersion != worldVersion).ToList();
        if (stale.Count == 0)
            return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        var (members, ministries) = await Play.ViewerLookup.SeatsOfAsync(db, gameId, [.. stale.Select(s => s.UserId).Distinct()], stopping);
        foreach (var subscriber in stale)
        {
            if (Domain.Visibility.Viewer.Of(subscriber.UserId, members, ministries) is { } viewer)
            {
                subscriber.Viewer = viewer;
                subscriber.SeatsVersion = worldVersion;
            }
            else
            {
                LogMembershipEnded(subscriber.ConnectionId, gameId);
                subscriber.Connection.Abort();
                subscribers.Remove(subscriber.ConnectionId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering the events of game {GameId} failed; retrying")]
    private partial void LogDeliveryFailed(Exception exception, Guid gameId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connection {ConnectionId} was closed: its user is no longer a member of game {GameId}")]
    private partial void LogMembershipEnded(string connectionId, Guid gameId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} did not take event {Seq} in time and was cut; it resumes from its last seq")]
    private partial void LogSlowConnectionCut(string connectionId, long seq);
}
