using System.Text.Json;
using System.Threading.Channels;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Features.Events;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Realtime;

/// <summary>The delivery loop of one game on this instance (see <see cref="GameEventRelay"/>).</summary>
internal sealed partial class GamePump
{
    private const int BatchSize = 500;

    // A safety net: a pump looks at the log this often even if no notification came.
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    // A connection that takes longer than this to accept one event is cut; it resumes from its last seq.
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(10);

    private readonly Guid gameId;
    private readonly IServiceScopeFactory scopes;
    private readonly IHubContext<GameHub> hub;
    private readonly ILogger logger;
    private readonly Dictionary<string, Subscriber> subscribers = new(StringComparer.Ordinal);

    // Held while delivering and while the subscribers change, so that a resume never races a delivery.
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public GamePump(Guid gameId, IServiceScopeFactory scopes, IHubContext<GameHub> hub, ILogger logger, CancellationToken stopping)
    {
        this.gameId = gameId;
        this.scopes = scopes;
        this.hub = hub;
        this.logger = logger;
        Completion = Task.Run(() => RunAsync(stopping), CancellationToken.None);
    }

    public Task Completion { get; }

    public void Wake() => wake.Writer.TryWrite(true);

    public async Task AddAsync(Subscriber subscriber)
    {
        await gate.WaitAsync();
        try
        {
            subscribers[subscriber.ConnectionId] = subscriber;
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
                using (var timer = CancellationTokenSource.CreateLinkedTokenSource(stopping))
                {
                    timer.CancelAfter(Poll);
                    try
                    {
                        await wake.Reader.WaitToReadAsync(timer.Token);
                        wake.Reader.TryRead(out _);
                    }
                    catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                    {
                        // The poll interval passed without a notification: look anyway.
                    }
                }
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
                var batch = await ReadAsync(from, stopping);
                foreach (var gameEvent in batch)
                {
                    var view = new EventView(gameEvent.Seq, gameEvent.Type, gameEvent.OccurredAt, gameEvent.InGameDate, JsonDocument.Parse(gameEvent.Payload).RootElement.Clone());
                    // To every connection at once, and the next event only when all have it: each
                    // connection still gets its events in seq order, and one slow connection costs the
                    // others at most the send timeout, as before, rather than the sum of all the sends.
                    var sends = new List<Task<Subscriber?>>();
                    foreach (var subscriber in subscribers.Values.Where(s => s.Cursor < gameEvent.Seq))
                    {
                        if (subscriber.Viewer.MaySee(gameEvent))
                            sends.Add(SendAsync(subscriber, view, stopping));
                        subscriber.Cursor = gameEvent.Seq;
                    }
                    foreach (var cut in await Task.WhenAll(sends))
                    {
                        if (cut is not null)
                            subscribers.Remove(cut.ConnectionId);
                    }
                }
                if (batch.Count < BatchSize)
                    return;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<List<Domain.Events.GameEvent>> ReadAsync(long after, CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        return await db.Events.AsNoTracking()
            .Where(e => e.GameId == gameId && e.Seq > after)
            .OrderBy(e => e.Seq)
            .Take(BatchSize)
            .ToListAsync(stopping);
    }

    /// <summary>Sends one event; returns the subscriber when it was too slow and has been cut.</summary>
    private async Task<Subscriber?> SendAsync(Subscriber subscriber, EventView view, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(SendTimeout);
        try
        {
            await hub.Clients.Client(subscriber.ConnectionId).SendAsync(nameof(IGameClient.Event), view, timeout.Token);
            return null;
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            // Better a resume from its last seq than a gap or a pump stalled for everyone.
            LogSlowConnectionCut(subscriber.ConnectionId, view.Seq);
            subscriber.Connection.Abort();
            return subscriber;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering the events of game {GameId} failed; retrying")]
    private partial void LogDeliveryFailed(Exception exception, Guid gameId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} did not take event {Seq} in time and was cut; it resumes from its last seq")]
    private partial void LogSlowConnectionCut(string connectionId, long seq);
}
