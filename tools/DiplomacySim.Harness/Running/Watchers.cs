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
        var complete = 0;
        foreach (var seqs in received)
            lock (seqs)
                complete += seqs.SequenceEqual(log) ? 1 : 0;
        return new WatchResult(streams.Count, complete, log.Count, clock.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var stream in streams)
            await stream.DisposeAsync();
        await Task.WhenAll(readers);
    }
}

/// <summary>How many clients ended with exactly the log's seqs, in order, none twice, none missing.</summary>
public sealed record WatchResult(int Clients, int Complete, int Events, TimeSpan Settled)
{
    public bool Clean => Clients == Complete;

    public string Markdown => HarnessOptions.Invariant(
        $"Hub clients: **{Complete} of {Clients}** ended with exactly the {Events:N0} events the log serves them, in seq order, none missing or twice (settled {Settled.TotalSeconds:F1} s after the load stopped).");
}
