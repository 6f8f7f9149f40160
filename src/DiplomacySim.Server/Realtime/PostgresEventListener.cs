using Npgsql;

namespace DiplomacySim.Server.Realtime;

/// <summary>
/// Holds one connection that LISTENs for commits of every instance and wakes this instance's relay,
/// and for accounts signed out elsewhere (<see cref="Access.TokenRevocation"/>). After a reconnect it
/// wakes every pump and has every cached security stamp read again, since notifications sent meanwhile are lost.
/// </summary>
internal sealed partial class PostgresEventListener(string connectionString, GameEventRelay relay, Access.TokenRevocation revocation, ILogger<PostgresEventListener> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    /// <summary>Every this often the blocked read looks whether the server is stopping.</summary>
    private static readonly TimeSpan LookForStopEvery = TimeSpan.FromSeconds(1);

    // A thread of its own, blocked in the connection's read: each notification (one per commit of every
    // instance, this one's own among them) wakes that thread alone. Awaited, each woke a thread-pool worker,
    // and the workers' spinning around it cost the server about 0.2 ms of CPU per commit while it did nothing
    // else (a profile of the harness's pgbench phase, docs/benchmarks.md).
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Listen(stoppingToken);
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException or System.IO.IOException)
            {
                if (stoppingToken.IsCancellationRequested)
                    return;
                LogListenFailed(exception, RetryAfter);
                stoppingToken.WaitHandle.WaitOne(RetryAfter);
            }
        }
    }

    private void Listen(CancellationToken stoppingToken)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        connection.Notification += (_, notification) =>
        {
            if (notification.Channel == Access.TokenRevocation.NotifyChannel)
                _ = revocation.StampChangedElsewhereAsync(notification.Payload);
            // Our own commits woke the relay already, after the commit (EventNotifier); the sweep covers a lost wake.
            else if (Events.NotifyPayload.TryRead(notification.Payload, out var gameId, out var fromHere) && !fromHere)
                relay.Wake(gameId);
        };
        using (var listen = new NpgsqlCommand($"LISTEN {Events.EventTypes.NotifyChannel}; LISTEN {Access.TokenRevocation.NotifyChannel}", connection))
            listen.ExecuteNonQuery();
        relay.WakeAll();
        _ = revocation.NotificationsMayHaveBeenMissedAsync();
        while (!stoppingToken.IsCancellationRequested)
            connection.Wait(LookForStopEvery);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for events on PostgreSQL failed; retrying in {RetryAfter}")]
    private partial void LogListenFailed(Exception exception, TimeSpan retryAfter);
}
