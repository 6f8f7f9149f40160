using System.Diagnostics;
using DiplomacySim.Harness.Running;
using Npgsql;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// One instance whose relay watches 10,000 games, one connection each, with nothing happening: what
/// it costs PostgreSQL (transactions a second, backends, LISTENs) and the server (RSS, CPU) at rest,
/// against the same instance watching nothing; then a few sends, for the NOTIFYs and reads per
/// command. From those, what ten instances and 100,000 players would cost the database.
/// </summary>
public sealed class RelayAtRest : IStep
{
    public string Name => "relay-at-rest";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var games = options.Count(10_000, 50);
        var rest = options.Duration(20, 2);
        var sends = options.Count(100, 10);
        // One generated game is loaded by the server's importer; the others are copies of its Games row and
        // its members (the spectator among them) made in SQL: loading 10,000 games through the importer would
        // take minutes, and a watching relay reads nothing else of a game (the join reads the game and the
        // viewer's seats; the pump the events; the sweep Games."LastEventSeq").
        var server = await context.StartServerAsync(GeneratedGames.Settings(options.ServerDll, context.WorkDirectory, "rest", 1, 2));
        await using (var db = await context.OpenDatabaseAsync())
            await CopyGameAsync(db, GeneratedGames.Slug("rest", 0), games - 1);
        var players = new Players(server.Root);
        var spectator = await players.TokenAsync("spectator");
        await using var counters = await PostgresCounters.OpenAsync(context);
        var poolMax = new NpgsqlConnectionStringBuilder(context.Database).MaxPoolSize;
        string maxConnections;
        await using (var db = await context.OpenDatabaseAsync())
        await using (var show = new NpgsqlCommand("SHOW max_connections", db))
            maxConnections = (string)(await show.ExecuteScalarAsync())!;

        // Watching nothing (the demo was seeded and signed in to): the server's own baseline, once the
        // seeding's transactions are all counted (see ReportedWithin).
        var quiet = options.Smoke ? TimeSpan.FromSeconds(1) : PostgresCounters.ReportedWithin;
        await Task.Delay(quiet);
        var idle = await AtRestAsync(server, counters, rest);

        var uri = new UriBuilder(server.Root) { Scheme = "ws", Path = "hubs/game", Query = $"access_token={Uri.EscapeDataString(spectator)}" }.Uri;
        await using var clients = await CountingClients.ConnectAsync(uri, 0, "\"target\":\"Event\"", null);
        var join = Stopwatch.StartNew();
        await clients.AddAsync(games, i =>
            (uri, $"{{\"type\":1,\"invocationId\":\"j\",\"target\":\"JoinGame\",\"arguments\":[\"{(i == 0 ? GeneratedGames.Slug("rest", 0) : CopySlug(i))}\",0]}}"));
        var joined = join.Elapsed;
        // The joins' first reads (one per pump) over and counted.
        await Task.Delay(quiet);
        var watched = await AtRestAsync(server, counters, rest);

        // A few commands to one watched game (the demo, watched by one more client): NOTIFYs and transactions per command.
        var pairs = await players.HotPairsAsync();
        await clients.AddAsync(uri, 1, $"{{\"type\":1,\"invocationId\":\"j\",\"target\":\"JoinGame\",\"arguments\":[\"{Players.Demo}\",0]}}");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var t0 = await counters.TransactionsAsync();
        var n0 = counters.Notifications;
        var sending = Stopwatch.StartNew();
        for (var i = 0; i < sends; i++)
            await players.SendAsync(pairs[i % pairs.Count], Players.CommuniqueJson(pairs[i % pairs.Count], $"harness rest {i}"));
        await Task.Delay(quiet);
        var notifyPerSend = (counters.Notifications - n0) / (double)sends;
        // Less what the instance does at rest over the same time (its sweeps).
        var transactionsPerSend = (await counters.TransactionsAsync() - t0 - watched.Rate * sending.Elapsed.TotalSeconds) / sends;

        const int Instances = 10, Players100K = 100_000;
        var perInstance = Players100K / Instances;
        var markdown = HarnessOptions.Invariant($"""
            **What:** one instance, {games:N0} games, each watched by one hub connection (the spectator, a raw WebSocket joined from
            seq 0; {games:N0} joins took {joined.TotalSeconds:F1} s). Then {rest.TotalSeconds:F0} s with nothing sent, read from
            PostgreSQL's own counters (`pg_stat_database` transactions of the run's database: each of the server's autocommit queries is
            one; `pg_stat_activity` for its backends) and from `/proc` for the server; the same {rest.TotalSeconds:F0} s before any
            client joined is the baseline. Then {sends} communiques to the demo game, one at a time, with a LISTEN of the harness's own
            counting the NOTIFYs.

            | at rest | PostgreSQL transactions/s | server backends (listening) | server RSS | server CPU | PostgreSQL CPU |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | nothing watched | {idle.Rate:F2} | {idle.Backends} ({idle.Listening}) | {idle.Rss / 1048576.0:F0} MiB | {idle.ServerCpu:P2} of a core | {idle.PostgresCpu:P2} of a core |
            | {games:N0} games watched | {watched.Rate:F2} | {watched.Backends} ({watched.Listening}) | {watched.Rss / 1048576.0:F0} MiB | {watched.ServerCpu:P2} of a core | {watched.PostgresCpu:P2} of a core |

            Per command (a communique, {sends} sent one after another to a game this instance watches): **{notifyPerSend:F2} NOTIFY** and
            {transactionsPerSend:F1} PostgreSQL transactions beyond the rest rate (the request's, the send's and the relay's reads of the
            log, each on a connection from the pool; PostgreSQL also counts as one the reset Npgsql sends, in the same round trip, before
            the first command on a connection taken from its pool, so a lone query is about two).

            **Ten instances, {Players100K:N0} connected players** ({perInstance:N0} connections each, as here), from these figures: at rest
            {Instances} × {watched.Rate:F2} ≈ **{Instances * watched.Rate:F1} transactions a second** in all, each instance's sweep being one
            query every 2 s whatever the number of games, against the {Instances * perInstance / 2.0:N0} queries a second that a poll per
            watched game every 2 s would cost. Per command: {notifyPerSend:F0} NOTIFY, which PostgreSQL delivers to each instance's one
            LISTEN connection ({Instances} deliveries), and a read of the log by every instance whose relay watches that game (up to
            {Instances} when a game's players are spread over all of them; the two-instance step measures what one more relay adds per send).
            Connections: {Instances} LISTEN connections, one per instance, and each instance's pool: {watched.Backends - watched.Listening}
            backends were still held here at rest after the {games:N0} joins (100 at a time), and a pool may grow to its maximum (Max Pool
            Size {poolMax} in the harness's connection string; Npgsql's default is 100), so {Instances} × (1 + {poolMax}) =
            {Instances * (1 + poolMax):N0} connections against this PostgreSQL's `max_connections` of {maxConnections}.
            """);
        var summary = HarnessOptions.Invariant(
            $"{games:N0} watched games at rest: {watched.Rate:F2} PostgreSQL transactions/s (nothing watched: {idle.Rate:F2}), server RSS {watched.Rss / 1048576.0:F0} MiB, CPU {watched.ServerCpu:P1} of a core; {notifyPerSend:F2} NOTIFY per command");
        return [new Section(Document.Benchmarks, "The relay at rest: 10,000 watched games on one instance", markdown, summary)];
    }

    private sealed record Rest(double Rate, long Backends, long Listening, long Rss, double ServerCpu, double PostgresCpu);

    private static async Task<Rest> AtRestAsync(ServerProcess server, PostgresCounters counters, TimeSpan window)
    {
        var (cpu, postgres, transactions) = (CpuTime.Seconds(server.Pid), CpuTime.PostgresSeconds(counters.Postmaster), await counters.TransactionsAsync());
        var clock = Stopwatch.StartNew();
        await Task.Delay(window);
        var rate = (await counters.TransactionsAsync() - transactions) / clock.Elapsed.TotalSeconds;
        var seconds = clock.Elapsed.TotalSeconds;
        var (backends, listening) = await counters.BackendsAsync();
        return new Rest(rate, backends, listening, server.ResidentBytes(),
            (CpuTime.Seconds(server.Pid) - cpu) / seconds, (CpuTime.PostgresSeconds(counters.Postmaster) - postgres) / seconds);
    }

    private static string CopySlug(int copy) => HarnessOptions.Invariant($"rest-copy-{copy:D5}");

    /// <summary>
    /// <paramref name="copies"/> copies of a game with no events yet: its Games row (new id and slug, log
    /// empty) and its members, column for column whatever the schema holds, in one transaction.
    /// </summary>
    private static async Task CopyGameAsync(NpgsqlConnection db, string slug, int copies)
    {
        await using var command = new NpgsqlCommand("""
            CREATE TEMP TABLE copies ON COMMIT DROP AS
              SELECT g.*, n AS copy, g."Id" AS original FROM "Games" g CROSS JOIN generate_series(1, @copies) n WHERE g."Slug" = @slug;
            UPDATE copies SET "Id" = gen_random_uuid(), "Slug" = 'rest-copy-' || lpad(copy::text, 5, '0'), "LastEventSeq" = 0;
            CREATE TEMP TABLE members ON COMMIT DROP AS
              SELECT m.*, c."Id" AS copied FROM "GameMembers" m JOIN copies c ON m."GameId" = c.original;
            UPDATE members SET "GameId" = copied;
            ALTER TABLE copies DROP COLUMN copy, DROP COLUMN original;
            ALTER TABLE members DROP COLUMN copied;
            INSERT INTO "Games" SELECT * FROM copies;
            INSERT INTO "GameMembers" SELECT * FROM members;
            """, db) { CommandTimeout = 300 };
        command.Parameters.AddWithValue("copies", copies);
        command.Parameters.AddWithValue("slug", slug);
        await using var transaction = await db.BeginTransactionAsync();
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
