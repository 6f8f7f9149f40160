using System.Diagnostics;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// Idle hub connections one instance holds, and the server's resident memory per connection; then
/// a reconnection storm: that many clients dropped and joining again all at once.
/// </summary>
public sealed class IdleConnections : IStep
{
    public string Name => "connections";

    private static int Descriptors() => Directory.GetFiles("/proc/self/fd").Length;

    private static int OpenFilesLimit()
    {
        var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];
        return soft is null || !int.TryParse(soft, System.Globalization.CultureInfo.InvariantCulture, out var n) ? 1_048_576 : n;
    }

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        // One socket is one file descriptor on each side: neither process can hold more than its open-files
        // limit allows (here a hard limit the harness cannot raise), whatever its memory.
        var fdLimit = OpenFilesLimit();
        var target = Math.Min(options.Count(20_000, 400), fdLimit - 300);
        var step = options.Count(2_500, 200);
        var storm = options.Count(5_000, 200);
        var server = await context.StartServerAsync();
        var players = new Players(server.Root);
        var spectator = await players.TokenAsync("spectator");
        var uri = new UriBuilder(server.Root) { Scheme = "ws", Path = "hubs/game", Query = $"access_token={Uri.EscapeDataString(spectator)}" }.Uri;
        // Joined at a seq far past the log's end: the connection watches the game and receives nothing.
        var join = $"{{\"type\":1,\"invocationId\":\"j\",\"target\":\"JoinGame\",\"arguments\":[\"{Players.Demo}\",{long.MaxValue / 2}]}}";

        await Task.Delay(TimeSpan.FromSeconds(2));
        var baseline = server.ResidentBytes();
        var rows = new List<(int Connections, long Rss, long Threads, int Descriptors)> { (0, baseline, server.Threads(), Descriptors()) };
        string? stoppedBy = null;
        var clients = await CountingClients.ConnectAsync(uri, 0, "-", join);
        try
        {
            while (clients.Open < target)
            {
                try
                {
                    await clients.AddAsync(uri, Math.Min(step, target - clients.Open), join);
                }
                catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or HttpRequestException or OperationCanceledException)
                {
                    stoppedBy = $"{e.GetType().Name}: {e.Message}";
                }
                await Task.Delay(TimeSpan.FromSeconds(2));
                if (!server.Running)
                {
                    stoppedBy = "the server process exited: " + server.LogTail(3).Replace('\n', ' ');
                    break;
                }
                rows.Add((clients.Open, server.ResidentBytes(), server.Threads(), Descriptors()));
                Console.WriteLine(HarnessOptions.Invariant($"   {clients.Open:N0} connections, server RSS {rows[^1].Rss / 1048576.0:F0} MiB"));
                if (stoppedBy is not null)
                    break;
            }
        }
        finally
        {
            await clients.DisposeAsync();
        }
        var held = rows[^1].Connections;
        var perConnection = held == 0 ? 0 : (rows[^1].Rss - baseline) / 1024.0 / held;

        // The storm: every client at once, as after a network blip or a server restart.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var descriptorsBeforeStorm = Descriptors();
        var clock = Stopwatch.StartNew();
        await using var again = await CountingClients.ConnectAsync(uri, 0, "-", join);
        var (failures, firstFailure) = await again.StormAsync(uri, storm, join, TimeSpan.FromSeconds(30));
        var stormSeconds = clock.Elapsed.TotalSeconds;
        var survived = server.Running ? "The server was still running at the end." : "**The server process had exited:** " + server.LogTail(2).Replace('\n', ' ');

        var table = string.Join('\n', rows.Select(r => HarnessOptions.Invariant(
            $"| {r.Connections:N0} | {r.Rss / 1048576.0:F0} MiB | {(r.Connections == 0 ? "" : $"{(r.Rss - baseline) / 1024.0 / r.Connections:F1} KiB")} | {r.Threads} | {r.Descriptors:N0} |")));
        var markdown = HarnessOptions.Invariant($"""
            **What:** hub connections (raw WebSockets speaking SignalR's JSON protocol, the spectator's token, each joined to the demo
            game and idle) opened {step:N0} at a time up to {target:N0}; after each step the server's resident memory (`VmRSS`) and
            threads. Then all closed, and {storm:N0} clients connecting and joining at the same instant, as after a restart, each retrying
            after 0.1–0.5 s when an attempt fails, as a reconnecting client does. Goal:
            20,000 at ≤ 30 KB each; the storm's clients all joined within 10 s.

            | connections | server RSS | per connection since start | server threads | harness's open files |
            | ---: | ---: | ---: | ---: | ---: |
            {table}

            Held: **{held:N0}** connections{(stoppedBy is null ? "" : $" (stopped by `{stoppedBy}`)")}, **{perConnection:F1} KiB** each on average.
            {survived}
            Reconnection storm (the harness holding {descriptorsBeforeStorm:N0} open files before it): {again.Open:N0} of {storm:N0} joined in **{stormSeconds:F1} s**{(failures > 0 ? $", after {failures:N0} failed attempts that were retried (the first: `{firstFailure}`)" : "")}.

            Open-files limit of the server and of the harness's process: **{fdLimit:N0}** (`ulimit -n`; `tests/harness.sh` tries to raise
            it, and on this machine the hard limit does not move), so one instance here can hold at most about that many connections,
            and the target was set just below it.
            """);
        return [new Section(Document.Benchmarks, "Idle connections, memory, reconnection storm", markdown,
            HarnessOptions.Invariant($"{held:N0} held at {perConnection:F1} KiB each (goal 20,000 at ≤ 30 KB); {again.Open:N0}/{storm:N0} rejoined at once in {stormSeconds:F1} s (goal 10 s)"))];
    }
}
