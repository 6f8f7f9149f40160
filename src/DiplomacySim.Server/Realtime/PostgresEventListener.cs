using Npgsql;

namespace DiplomacySim.Server.Realtime;

/// <summary>
/// Holds one connection that LISTENs for commits of every instance and wakes this instance's relay.
/// After a reconnect it wakes every pump, since notifications sent meanwhile are lost.
/// </summary>
internal sealed partial class PostgresEventListener(string connectionString, GameEventRelay relay, ILogger<PostgresEventListener> logger) : BackgroundService
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
            if (Guid.TryParse(notification.Payload, out var gameId))
                relay.Wake(gameId);
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {Events.EventTypes.NotifyChannel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        relay.WakeAll();
        while (!stoppingToken.IsCancellationRequested)
            await connection.WaitAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for events on PostgreSQL failed; retrying in {RetryAfter}")]
    private partial void LogListenFailed(Exception exception, TimeSpan retryAfter);
}
