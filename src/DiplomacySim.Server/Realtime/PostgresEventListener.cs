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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                LogListenFailed(exception, RetryAfter);
                await Task.Delay(RetryAfter, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) =>
        {
            if (notification.Channel == Access.TokenRevocation.NotifyChannel)
                _ = revocation.StampChangedElsewhereAsync(notification.Payload);
            // Our own commits woke the relay already, after the commit (EventNotifier); the sweep covers a lost wake.
            else if (Events.NotifyPayload.TryRead(notification.Payload, out var gameId, out var fromHere) && !fromHere)
                relay.Wake(gameId);
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Events.EventTypes.NotifyChannel}; LISTEN {Access.TokenRevocation.NotifyChannel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        relay.WakeAll();
        _ = revocation.NotificationsMayHaveBeenMissedAsync();
        while (!stoppingToken.IsCancellationRequested)
            await connection.WaitAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for events on PostgreSQL failed; retrying in {RetryAfter}")]
    private partial void LogListenFailed(Exception exception, TimeSpan retryAfter);
}
