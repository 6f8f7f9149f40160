using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// <see cref="DeliveryLatency"/> over two instances on one PostgreSQL, joined by the Redis backplane:
/// sends enter through both and each game's clients sit on both, so half of what a client receives was
/// written by the other instance (its commit's NOTIFY, that instance's listener, its relay reading the
/// log). And what the second relay costs: each server's CPU, and PostgreSQL's transactions and NOTIFYs
/// per send, against a reference round whose clients all sit on one instance (one relay reading).
/// </summary>
public sealed class TwoInstances : IStep
{
    public string Name => "two-instances";

    private const string Title = "Two instances: delivery latency and the second relay's cost";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        if (options.Redis is null)
            return [new Section(Document.Benchmarks, Title, "Not run: the harness was given no `--redis`.", "not run (no Redis)")];
        // Five nations, not DeliveryLatency's 25: the clients are all the spectator, and seeding stays quick.
        var games = options.Count(200, 4);
        var nations = options.Count(5, 3);
        // Client counts are multiples of the games, so every game has as many clients on each instance.
        (int Clients, bool Split)[] rounds = options.Smoke ? [(40, false), (40, true), (80, true)] : [(1_000, false), (1_000, true), (10_000, true)];
        var duration = options.Duration(20, 2);
        var warmup = options.Duration(3, 0.5);
        var redis = new Dictionary<string, string> { ["Redis__ConnectionString"] = options.Redis + ",abortConnect=false" };
        var seeding = new Dictionary<string, string>(GeneratedGames.Settings(options.ServerDll, context.WorkDirectory, "two", games, nations));
        foreach (var (key, value) in redis)
            seeding[key] = value;
        // B finds A's games in the database: it seeds nothing but the demo (already there).
        ServerProcess[] servers = [await context.StartServerAsync(seeding, patience: TimeSpan.FromMinutes(10)), await context.StartServerAsync(redis)];
        var players = servers.Select(s => new Players(s.Root)).ToArray();
        // Signed in on each instance: a send through B carries a token B issued.
        List<Pair>[] pairs = [await DeliveryLatency.PairsAsync(players[0], "two", games, nations), await DeliveryLatency.PairsAsync(players[1], "two", games, nations)];
        string[] spectators = [await players[0].TokenAsync("spectator"), await players[1].TokenAsync("spectator")];

        // As DeliveryLatency: half the maximum send rate, here measured through both instances at once.
        var writers = options.Count(16, 4) / 2;
        var max = (await Task.WhenAll(Enumerable.Range(0, 2).Select(s => DeliveryLatency.MaxRateAsync(players[s], pairs[s], writers, options.Duration(10, 1.5))))).Sum();
        var rate = Math.Max(1, max / 2);
        await using var counters = await PostgresCounters.OpenAsync(context);

        var latency = new StringBuilder();
        var cost = new StringBuilder();
        var summary = new List<string>();
        var perSend = new List<double>();
        foreach (var (clients, split) in rounds)
        {
            // Client i watches game i mod games; a game's clients alternate between the instances in blocks
            // of `games`, and so do its sends (send i enters through instance (i / games) mod 2).
            int InstanceOf(int i) => split ? i / games % 2 : 0;
            var responded = new ConcurrentDictionary<(int Game, long Seq), (long At, int Via)>();
            var arrivals = new ConcurrentQueue<(int Client, long Seq, long At)>();
            var pushed = new long[2];
            var heads = await DeliveryLatency.HeadsAsync(players[0], spectators[0], pairs[0]);
            await using var dashboards = await CountingClients.ConnectAsync(servers[0].Root, 0, "\"target\":\"Event\"", null);
            dashboards.OnEvent = (client, seq, at) =>
            {
                arrivals.Enqueue((client, seq, at));
                Interlocked.Increment(ref pushed[InstanceOf(client)]);
            };
            await dashboards.AddAsync(clients, i =>
            {
                var on = InstanceOf(i);
                var uri = new UriBuilder(servers[on].Root) { Scheme = "ws", Path = "hubs/game", Query = $"access_token={Uri.EscapeDataString(spectators[on])}" }.Uri;
                return (uri, $"{{\"type\":1,\"invocationId\":\"j\",\"target\":\"JoinGame\",\"arguments\":[\"{pairs[0][i % games].Game}\",{heads[i % games]}]}}");
            });

            // The joins' transactions are all counted before the window opens (see ReportedWithin).
            await Task.Delay(options.Smoke ? TimeSpan.FromSeconds(1) : PostgresCounters.ReportedWithin);
            var before = await SnapshotAsync(servers, counters);
            var unsampled = (int)(rate * warmup.TotalSeconds);
            var (succeeded, elapsed) = await Paced.SendAsync(rate, warmup + duration, async i =>
            {
                var (game, via) = (i % games, i / games % 2);
                var outcome = await players[via].SendAsync(pairs[via][game], Players.CommuniqueJson(pairs[via][game], "harness two"));
                if (outcome.Sent is not { } sent)
                    return false;
                if (i >= unsampled)
                    responded[(game, sent.Seq)] = (Stopwatch.GetTimestamp(), via);
                return true;
            });
            var achieved = succeeded / elapsed.TotalSeconds;
            var expected = responded.Count * (long)clients / games;
            var settle = Stopwatch.StartNew();
            while (settle.Elapsed < TimeSpan.FromSeconds(30) && arrivals.Count(a => responded.ContainsKey((a.Client % games, a.Seq))) < expected)
                await Task.Delay(500);
            // CPU after the settle, so that every push of the round is in it; PostgreSQL's counts once the
            // last sends' are reported (a few idle sweeps more, against thousands of sends).
            var after = await SnapshotAsync(servers, counters);
            await Task.Delay(options.Smoke ? TimeSpan.FromSeconds(1) : PostgresCounters.ReportedWithin);
            after = after with { Transactions = await counters.TransactionsAsync() };
            var (backends, listening) = await counters.BackendsAsync();

            var samples = new List<(double Ms, bool Crossed)>();
            foreach (var a in arrivals)
                if (responded.TryGetValue((a.Client % games, a.Seq), out var sent))
                    samples.Add((Stopwatch.GetElapsedTime(sent.At, a.At).TotalMilliseconds, sent.Via != InstanceOf(a.Client)));
            var all = samples.Select(s => s.Ms).Order().ToList();
            var crossed = samples.Where(s => s.Crossed).Select(s => s.Ms).Order().ToList();
            var local = samples.Where(s => !s.Crossed).Select(s => s.Ms).Order().ToList();
            string P(List<double> sorted, double p) => HarnessOptions.Invariant($"{DeliveryLatency.P(sorted, p):F1} ms");
            var where = split ? HarnessOptions.Invariant($"{clients / 2:N0} + {clients / 2:N0}") : HarnessOptions.Invariant($"{clients:N0} + 0");
            latency.AppendLine(HarnessOptions.Invariant(
                $"| {where} | {achieved:F0}/s | {all.Count:N0} of {expected:N0} | {P(all, 0.5)} | **{P(all, 0.99)}** | {P(all, 0.999)} | {all.LastOrDefault():F1} ms | {P(local, 0.99)} ({local.Count:N0}) | {P(crossed, 0.99)} ({crossed.Count:N0}) |"));

            // Per send the round made (all of them, the warm-up's too: the CPU covers them all).
            var sends = Math.Max(1, succeeded);
            double Cpu(int s) => after.Cpu[s] - before.Cpu[s];
            string PerPush(int s) => pushed[s] == 0 ? "–" : HarnessOptions.Invariant($"{Cpu(s) * 1e6 / pushed[s]:F0} µs");
            var transactions = (after.Transactions - before.Transactions) / (double)sends;
            perSend.Add(transactions);
            cost.AppendLine(HarnessOptions.Invariant(
                $"| {where} | {Cpu(0) * 1e3 / sends:F2} ms / {PerPush(0)} | {Cpu(1) * 1e3 / sends:F2} ms / {PerPush(1)} | {(after.Transactions - before.Transactions) / (after.At - before.At):F0}/s | {transactions:F2} | {(after.Notifications - before.Notifications) / (double)sends:F2} | {(after.Postgres - before.Postgres) * 1e3 / sends:F2} ms | {backends} ({listening} listening) |"));
            summary.Add(HarnessOptions.Invariant($"{where} clients p50 {P(all, 0.5)} / p99 {P(all, 0.99)} / p99.9 {P(all, 0.999)}"));
            Console.WriteLine($"   {summary[^1]}");
        }

        var markdown = HarnessOptions.Invariant($"""
            **What:** two server instances on one PostgreSQL, joined by the Redis backplane; {games} games of {nations} players, loaded by
            instance A. Dashboard clients (raw WebSockets, the spectator) are spread evenly over the games; in the split rounds each game
            has as many on A as on B. The maximum send rate was measured first through both instances at once ({max:F0} sends/s from
            {writers} writers on each, 10 s); then for {(warmup + duration).TotalSeconds:F0} s communiques were sent at half of it, paced,
            to each game in turn and through A and B in turn (so each game's sends enter through both), and those of the last
            {duration.TotalSeconds:F0} s sampled, as in the single-instance delivery latency above. A sample is the time from a send's 201
            to its `communique.delivered` event's arrival at one client of that game; "crossed" samples are those whose client sits on the
            instance that did not take the send (its relay was woken by the commit's NOTIFY and read the log itself). Goal: p99 ≤ 10 ms
            at 10,000 clients over the two.

            | clients on A + B | sends | samples | p50 | p99 | p99.9 | max | p99 same instance (samples) | p99 crossed (samples) |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            {latency.ToString().TrimEnd()}

            What the round cost, per send (of every send in the round, warm-up included), from `/proc` and from PostgreSQL's own counters
            (`pg_stat_database` transactions of the run's database: each of the server's autocommit queries is one, and so is the reset Npgsql
            sends, in the same round trip, before the first command on a connection taken from its pool, so a lone query is about two;
            NOTIFYs heard by a LISTEN of the harness's own; backends from `pg_stat_activity` at the round's end, both instances together):

            | clients on A + B | server A CPU per send / per push | server B CPU per send / per push | PostgreSQL transactions | per send | NOTIFY per send | PostgreSQL CPU per send | backends of A and B |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            {cost.ToString().TrimEnd()}

            The second relay's reads are the difference between the first two rows: the same sends and clients, watched by one relay or
            by two ({perSend[1] - perSend[0]:F2} transactions per send more). The clients run in the harness's process on the same two cores
            as both servers, PostgreSQL and Redis, so their own reading is in every figure.
            """);
        return [new Section(Document.Benchmarks, Title, markdown,
            string.Join("; ", summary.Skip(1)) + HarnessOptions.Invariant($" (goal p99 ≤ 10 ms at 10,000); the second relay +{perSend[1] - perSend[0]:F2} PostgreSQL transactions per send"))];
    }

    private sealed record Snapshot(double[] Cpu, double Postgres, long Transactions, long Notifications, double At);

    private static async Task<Snapshot> SnapshotAsync(ServerProcess[] servers, PostgresCounters counters) =>
        new([.. servers.Select(s => CpuTime.Seconds(s.Pid))], CpuTime.PostgresSeconds(counters.Postmaster), await counters.TransactionsAsync(),
            counters.Notifications, Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency);
}
