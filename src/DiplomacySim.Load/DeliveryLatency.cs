using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Load;

/// <summary>
/// For each number of connected clients: Russia sends public communiques one after another; every
/// client (the spectator account) records when each one's delivery event arrives. The figure is the
/// time from the send's HTTP response to the arrival, over every client and send.
/// </summary>
internal static class DeliveryLatency
{
    public static async Task RunAsync(HttpClient http, LoadOptions options)
    {
        var sender = new DiplomacySimClient(http);
        await sender.LoginAsync("rus.mfa", options.Password);
        var watcher = new DiplomacySimClient(http);
        await watcher.LoginAsync("spectator", options.Password);
        var world = await sender.GetGameAsync(options.Game);
        Guid ForeignMinistry(string nation) => world.Ministries.Single(m => m.Nation == nation && m.Kind == "foreignAffairs").Id;
        var (from, to) = (ForeignMinistry("RUS"), ForeignMinistry("VNM"));

        Console.WriteLine("clients  sends  samples  median ms  p99 ms  max ms");
        foreach (var count in options.Clients)
        {
            var head = await HeadAsync(watcher, options.Game);
            var arrivals = new ConcurrentDictionary<(int Client, long Seq), long>();
            var streams = await ConnectAsync(options, watcher.AccessToken!, count, head, arrivals);

            var responded = new Dictionary<long, long>();
            for (var i = 0; i < options.Sends; i++)
            {
                var sent = await sender.SendCommuniqueAsync(options.Game, new CommuniqueDraft(from, to,
                    $"Load {count}/{i}", Classification.Public, "A note for the load tool.", [new CooperationClause(CooperationSector.Cultural, $"Exchange {i}")]));
                responded[sent.Seq] = Stopwatch.GetTimestamp();
                await Task.Delay(20);
            }
            await WaitForAsync(arrivals, count, responded.Keys, TimeSpan.FromSeconds(60));

            var samples = (from pair in arrivals
                           where responded.ContainsKey(pair.Key.Seq)
                           select Stopwatch.GetElapsedTime(responded[pair.Key.Seq], pair.Value).TotalMilliseconds).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count,7}  {options.Sends,5}  {samples.Count,7}  {Percentile(samples, 0.5),9:F1}  {Percentile(samples, 0.99),6:F1}  {samples.LastOrDefault(),6:F1}"));
            await Task.WhenAll(streams.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    // Several connections per token: the hub tells them apart by connection, not by user.
    private static async Task<List<GameEventStream>> ConnectAsync(LoadOptions options, string token, int count, long head, ConcurrentDictionary<(int, long), long> arrivals)
    {
        var streams = new List<GameEventStream>();
        for (var i = 0; i < count; i++)
        {
            var client = i;
            var stream = new GameEventStream(options.Server, token);
            streams.Add(stream);
            _ = Task.Run(async () =>
            {
                await foreach (var gameEvent in stream.Events.ReadAllAsync())
                    arrivals.TryAdd((client, gameEvent.Seq), Stopwatch.GetTimestamp());
            });
        }
        // Join in batches so that a thousand handshakes do not all land in the same instant.
        foreach (var batch in streams.Chunk(50))
            await Task.WhenAll(batch.Select(s => s.JoinAsync(options.Game, head)));
        return streams;
    }

    private static async Task<long> HeadAsync(DiplomacySimClient client, string game)
    {
        long head = 0;
        while (true)
        {
            var page = await client.GetEventsAsync(game, head, 1_000);
            if (page.Count == 0)
                return head;
            head = page[^1].Seq;
        }
    }

    private static async Task WaitForAsync(ConcurrentDictionary<(int, long), long> arrivals, int clients, IEnumerable<long> seqs, TimeSpan patience)
    {
        var expected = clients * seqs.Count();
        var deadline = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        var wanted = seqs.ToHashSet();
        while (arrivals.Keys.Count(k => wanted.Contains(k.Item2)) < expected && Stopwatch.GetTimestamp() < deadline)
            await Task.Delay(100);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
