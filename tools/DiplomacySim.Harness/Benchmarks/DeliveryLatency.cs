using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// Time from a send's 201 to its delivery event's arrival at every dashboard client of its game, at
/// half the measured maximum send rate, with clients spread over 200 games of 25 players.
/// </summary>
public sealed class DeliveryLatency : IStep
{
    public string Name => "latency";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var games = options.Count(200, 4);
        var nations = options.Count(25, 5);
        var rounds = options.Smoke ? new[] { 40, 80 } : [1_000, 5_000];
        var duration = options.Duration(20, 2);
        // The first seconds of each round are sent but not sampled: the clients have just joined, and the
        // server's first deliveries to them (tiered JIT, pools, buffers growing) are not its steady state.
        var warmup = options.Duration(3, 0.5);
        // Seeding 200 games of 25 nations (120,000 missions) takes minutes on a busy machine.
        var server = await context.StartServerAsync(GeneratedGames.Settings(options.ServerDll, context.WorkDirectory, "lat", games, nations), patience: TimeSpan.FromMinutes(10));
        var players = new Players(server.Root);
        var spectator = await players.TokenAsync("spectator");
        var pairs = await PairsAsync(players, "lat", games, nations);

        var max = await MaxRateAsync(players, pairs, options.Count(16, 4), options.Duration(10, 1.5));
        var rate = Math.Max(1, max / 2);
        var rows = new StringBuilder();
        var summary = new List<string>();
        foreach (var clients in rounds)
        {
            var responded = new ConcurrentDictionary<(int Game, long Seq), long>();
            var arrivals = new ConcurrentQueue<(int Game, long Seq, long At)>();
            var heads = await HeadsAsync(players, spectator, pairs);
            await using var dashboards = await CountingClients.ConnectAsync(server.Root, 0, "\"target\":\"Event\"", null);
            dashboards.OnEvent = (client, seq, at) => arrivals.Enqueue((client % games, seq, at));
            await dashboards.AddAsync(clients, i =>
            {
                var uri = new UriBuilder(server.Root) { Scheme = "ws", Path = "hubs/game", Query = $"access_token={Uri.EscapeDataString(spectator)}" }.Uri;
                return (uri, $"{{\"type\":1,\"invocationId\":\"j\",\"target\":\"JoinGame\",\"arguments\":[\"{pairs[i % games].Game}\",{heads[i % games]}]}}");
            });

            var unsampled = (int)(rate * warmup.TotalSeconds);
            var (succeeded, elapsed) = await Paced.SendAsync(rate, warmup + duration, async i =>
            {
                var game = i % games;
                var outcome = await players.SendAsync(pairs[game], Players.CommuniqueJson(pairs[game], "harness latency"));
                if (outcome.Sent is not { } sent)
                    return false;
                if (i >= unsampled)
                    responded[(game, sent.Seq)] = Stopwatch.GetTimestamp();
                return true;
            });
            var achieved = succeeded / elapsed.TotalSeconds;
            var expected = responded.Count * (long)clients / games;
            var settle = Stopwatch.StartNew();
            while (settle.Elapsed < TimeSpan.FromSeconds(30) && arrivals.Count(a => responded.ContainsKey((a.Game, a.Seq))) < expected)
                await Task.Delay(500);

            var samples = arrivals.Where(a => responded.ContainsKey((a.Game, a.Seq)))
                .Select(a => Stopwatch.GetElapsedTime(responded[(a.Game, a.Seq)], a.At).TotalMilliseconds).Order().ToList();
            rows.AppendLine(HarnessOptions.Invariant(
                $"| {clients:N0} | {achieved:F0}/s | {samples.Count:N0} of {expected:N0} | {P(samples, 0.5):F1} ms | {P(samples, 0.99):F1} ms | {P(samples, 0.999):F1} ms | {samples.LastOrDefault():F1} ms |"));
            summary.Add(HarnessOptions.Invariant($"{clients:N0} clients p50 {P(samples, 0.5):F1} / p99 {P(samples, 0.99):F1} / p99.9 {P(samples, 0.999):F1} ms"));
        }

        var markdown = HarnessOptions.Invariant($"""
            **What:** {games} games of {nations} players each; dashboard clients (raw WebSockets, the spectator) spread evenly over them, each
            joined to its game. The maximum send rate over those games was measured first ({max:F0} sends/s from 16 writers, 10 s); then for
            {(warmup + duration).TotalSeconds:F0} s communiques were sent at half of it, paced, each to a game in turn, and those of the last
            {duration.TotalSeconds:F0} s sampled (the first {warmup.TotalSeconds:F0} s warm the clients' first deliveries up). A sample is the time from a send's
            HTTP answer (201) to its `communique.delivered` event's arrival at one client of that game; negative times (the event arriving before
            the answer) count as they are. Goal: p99 ≤ 30 ms at 1,000 clients.

            | clients | sends | samples | p50 | p99 | p99.9 | max |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            {rows.ToString().TrimEnd()}

            The clients run in the harness's process on the same two cores, so their own reading is in the figure.
            """);
        return [new Section(Document.Benchmarks, "Delivery latency at half the maximum send rate", markdown, string.Join("; ", summary) + " (goal p99 ≤ 30 ms at 1,000)")];
    }

    /// <summary>One sending pair per generated game: nation g mod n writes to the next, signed in on <paramref name="players"/>' server.</summary>
    internal static async Task<List<Pair>> PairsAsync(Players players, string prefix, int games, int nations)
    {
        var pairs = new List<Pair>();
        var tokens = new Dictionary<int, string>();
        for (var g = 0; g < games; g++)
        {
            var slug = GeneratedGames.Slug(prefix, g);
            var sender = g % nations;
            if (!tokens.TryGetValue(sender, out var token))
                tokens[sender] = token = await players.TokenAsync(GeneratedGames.Player(sender));
            var world = await new DiplomacySimClient(players.Http, token).GetGameAsync(slug);
            Guid Foreign(int n) => world.Ministries.Single(m => m.Nation == GeneratedGames.Nation(n)).Id;
            pairs.Add(new Pair(slug, GeneratedGames.Player(sender), token, Foreign(sender), Foreign((sender + 1) % nations), GeneratedGames.Nation(sender), GeneratedGames.Nation((sender + 1) % nations)));
        }
        return pairs;
    }

    internal static async Task<double> MaxRateAsync(Players players, List<Pair> pairs, int writers, TimeSpan duration)
    {
        var sent = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async w =>
        {
            for (var i = w; clock.Elapsed < duration; i += writers)
                if ((await players.SendAsync(pairs[i % pairs.Count], Players.CommuniqueJson(pairs[i % pairs.Count], "harness max"))).Status == 201)
                    Interlocked.Increment(ref sent);
        }));
        return sent / clock.Elapsed.TotalSeconds;
    }

    internal static async Task<long[]> HeadsAsync(Players players, string token, List<Pair> pairs)
    {
        var client = new DiplomacySimClient(players.Http, token);
        var heads = new long[pairs.Count];
        for (var g = 0; g < pairs.Count; g++)
            for (IReadOnlyList<DiplomacySim.Client.Contracts.GameEvent> page; (page = await client.GetEventsAsync(pairs[g].Game, heads[g], 1_000)).Count > 0;)
                heads[g] = page[^1].Seq;
        return heads;
    }

    internal static double P(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
