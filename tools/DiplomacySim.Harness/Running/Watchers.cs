using System.Diagnostics;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// Hub clients (the spectator) watching a game from seq 0 through whatever the drill does to the
/// server, resuming as <see cref="GameEventStream"/> does; afterwards each one's seqs are compared
/// with the log the API serves.
/// </summary>
public sealed class Watchers : IAsyncDisposable
{
    private readonly List<GameEventStream> streams = [];
    private readonly List<List<long>> received = [];
    private readonly List<Task> readers = [];

    public static async Task<Watchers> JoinAsync(Uri root, string token, string game, int count)
    {
        var watchers = new Watchers();
        for (var i = 0; i < count; i++)
        {
            var stream = new GameEventStream(root, token);
            var seqs = new List<long>();
            watchers.streams.Add(stream);
            watchers.received.Add(seqs);
            watchers.readers.Add(Task.Run(async () =>
            {
                await foreach (var e in stream.Events.ReadAllAsync())
                    lock (seqs)
                        seqs.Add(e.Seq);
            }));
            await stream.JoinAsync(game, 0);
        }
        return watchers;
    }

    /// <summary>Waits until every client has the log's last seq, resuming those whose reconnection gave up.</summary>
    public async Task<WatchResult> SettleAsync(DiplomacySimClient spectator, string game, TimeSpan patience)
    {
        var log = new List<long>();
        for (IReadOnlyList<GameEvent> page; (page = await spectator.GetEventsAsync(game, log.Count == 0 ? 0 : log[^1], 1_000)).Count > 0;)
            log.AddRange(page.Select(e => e.Seq));
        var head = log.Count == 0 ? 0 : log[^1];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience && streams.Any(s => s.LastSeq < head))
        {
            foreach (var stream in streams.Where(s => s.State == Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Disconnected))
            {
                try
                {
                    await stream.ResumeAsync();
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or Microsoft.AspNetCore.SignalR.HubException)
                {
                    // Not back yet: the next round tries again.
                }
            }
            await Task.Delay(200);
        }
        int complete = 0, behind = 0, gapped = 0, repeated = 0, fewest = int.MaxValue;
        foreach (var seqs in received)
            lock (seqs)
            {
                fewest = Math.Min(fewest, seqs.Count);
                if (seqs.SequenceEqual(log))
                {
                    complete++;
                    continue;
                }
                // Why not: still short of the head when patience ran out, a seq of the log never given, or one given twice.
                var given = new HashSet<long>(seqs);
                if (given.Count < seqs.Count)
                    repeated++;
                var last = seqs.Count == 0 ? 0 : seqs.Max();
                if (last < head)
                    behind++;
                if (log.Any(seq => seq <= last && !given.Contains(seq)))
                    gapped++;
            }
        return new WatchResult(streams.Count, complete, log.Count, clock.Elapsed, behind, gapped, repeated, fewest == int.MaxValue ? 0 : fewest);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stream in streams)
            await stream.DisposeAsync();
        await Task.WhenAll(readers);
    }
}

/// <summary>How many clients ended with exactly the log's seqs, in order, none twice, none missing.</summary>
public sealed record WatchResult(int Clients, int Complete, int Events, TimeSpan Settled, int Behind = 0, int Gapped = 0, int Repeated = 0, int Fewest = 0)
{
    public bool Clean => Clients == Complete;

    public string Markdown => HarnessOptions.Invariant(
        $"Hub clients: **{Complete} of {Clients}** ended with exactly the {Events:N0} events the log serves them, in seq order, none missing or twice (settled {Settled.TotalSeconds:F1} s after the load stopped).")
        + (Clean ? "" : HarnessOptions.Invariant(
            $" Of the others: {Behind} still behind the log's last seq when the wait ended, {Gapped} missing a seq before the last they had, {Repeated} given a seq twice; the furthest behind had {Fewest:N0} events."));
}
