using Npgsql;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// What PostgreSQL itself counts for the run's database, read by SQL so that no figure depends on the
/// server saying what it did: transactions (each of the server's autocommit queries is one), the
/// backends connected to it, and the NOTIFYs on the relay's channel, heard by a LISTEN of the harness's
/// own (every instance's listener hears the same ones).
/// </summary>
public sealed class PostgresCounters : IAsyncDisposable
{
    // Events.EventTypes.NotifyChannel: the server's, not referenced, so the harness builds without it.
    public const string EventsChannel = "diplomacysim_events";

    private readonly NpgsqlConnection db;
    private readonly NpgsqlConnection listener;
    private readonly CancellationTokenSource stop = new();
    private Task listening = Task.CompletedTask;
    private long notifications;
    private long ownTransactions;

    private PostgresCounters(NpgsqlConnection db, NpgsqlConnection listener) => (this.db, this.listener) = (db, listener);

    public static async Task<PostgresCounters> OpenAsync(HarnessContext context)
    {
        var counters = new PostgresCounters(await context.OpenDatabaseAsync(), await context.OpenDatabaseAsync());
        counters.listener.Notification += (_, n) => { if (n.Channel == EventsChannel) Interlocked.Increment(ref counters.notifications); };
        await using (var listen = new NpgsqlCommand($"LISTEN {EventsChannel}", counters.listener))
            await listen.ExecuteNonQueryAsync();
        counters.listening = Task.Run(async () =>
        {
            try
            {
                while (true)
                    await counters.listener.WaitAsync(counters.stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        });
        await using (var pid = new NpgsqlCommand("SELECT pg_backend_pid()", counters.db))
            counters.Postmaster = CpuTime.ParentOf((int)(await pid.ExecuteScalarAsync())!);
        counters.ownTransactions++;
        return counters;
    }

    /// <summary>The postmaster's pid (PostgreSQL runs on this machine), for <see cref="CpuTime.PostgresSeconds"/>.</summary>
    public int Postmaster { get; private set; }

    /// <summary>NOTIFYs on the events channel heard since this was opened.</summary>
    public long Notifications => Interlocked.Read(ref notifications);

    /// <summary>
    /// How long after a burst of work its counts are all in <c>pg_stat_database</c>: a busy backend adds
    /// them at most once a second, one that went idle within PGSTAT_IDLE_INTERVAL (10 s, PostgreSQL 15).
    /// A window that starts or ends after a burst (the joins, the last sends) waits this long first.
    /// </summary>
    public static readonly TimeSpan ReportedWithin = TimeSpan.FromSeconds(11);

    /// <summary>
    /// Committed and rolled-back transactions of the database, less the harness's own reads here. Each
    /// of the server's autocommit queries is one; so is the reset Npgsql sends (one multi-statement query,
    /// in the same round trip) before the first command on a connection taken from its pool.
    /// </summary>
    public async Task<long> TransactionsAsync()
    {
        await using var command = new NpgsqlCommand("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()", db);
        var total = (long)(await command.ExecuteScalarAsync())!;
        return total - ownTransactions++;
    }

    /// <summary>The server's backends on the database (the harness's two left out), and of them those that LISTEN.</summary>
    public async Task<(long All, long Listening)> BackendsAsync()
    {
        await using var command = new NpgsqlCommand("""
            SELECT count(*), count(*) FILTER (WHERE query LIKE 'LISTEN%') FROM pg_stat_activity
            WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid() AND pid <> @listener
            """, db);
        command.Parameters.AddWithValue("listener", listener.ProcessID);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        ownTransactions++;
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await listening;
        await listener.DisposeAsync();
        await db.DisposeAsync();
        stop.Dispose();
    }
}
