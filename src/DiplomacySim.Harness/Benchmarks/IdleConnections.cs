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

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var target = options.Count(20_000, 400);
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
        var rows = new List<(int Connections, long Rss, long Threads)> { (0, baseline, server.Threads()) };
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
                    break;
                }
                await Task.Delay(TimeSpan.FromSeconds(2));
                if (!server.Running)
                {
                    stoppedBy = "the server process exited: " + server.LogTail(3);
                    break;
                }
                rows.Add((clients.Open, server.ResidentBytes(), server.Threads()));
                Console.WriteLine(HarnessOptions.Invariant($"   {clients.Open:N0} connections, server RSS {rows[^1].Rss / 1048576.0:F0} MiB"));
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
        var clock = Stopwatch.StartNew();
        var failures = 0;
        await using var again = await CountingClients.ConnectAsync(uri, 0, "-", join);
        try
        {
            await again.AddAsync(uri, storm, join, batch: storm);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or HttpRequestException or OperationCanceledException)
        {
            failures = storm - again.Open;
        }
        var stormSeconds = clock.Elapsed.TotalSeconds;

        var table = string.Join('\n', rows.Select(r => HarnessOptions.Invariant(
            $"| {r.Connections:N0} | {r.Rss / 1048576.0:F0} MiB | {(r.Connections == 0 ? "" : $"{(r.Rss - baseline) / 1024.0 / r.Connections:F1} KiB")} | {r.Threads} |")));
        var markdown = HarnessOptions.Invariant($"""
            **What:** hub connections (raw WebSockets speaking SignalR's JSON protocol, the spectator's token, each joined to the demo
            game and idle) opened {step:N0} at a time up to {target:N0}; after each step the server's resident memory (`VmRSS`) and
            threads. Then all closed, and {storm:N0} clients connecting and joining at the same instant, as after a restart. Goal:
            20,000 at ≤ 30 KB each; the storm's clients all joined within 10 s.

            | connections | server RSS | per connection since start | threads |
            | ---: | ---: | ---: | ---: |
            {table}

            Held: **{held:N0}** connections{(stoppedBy is null ? "" : $" (stopped by `{stoppedBy}`)")}, **{perConnection:F1} KiB** each on average.
            Reconnection storm: {again.Open:N0} of {storm:N0} joined in **{stormSeconds:F1} s**{(failures > 0 ? $", {failures} failed" : "")}.

            Both sides' file descriptors: `tests/harness.sh` raises the open-files limit (`ulimit -n`) before it starts; a shell's default
            (here 20,000 soft) caps the connections one process can hold, counting the client's negotiate connections too.
            """);
        return [new Section(Document.Benchmarks, "Idle connections, memory, reconnection storm", markdown,
            HarnessOptions.Invariant($"{held:N0} held at {perConnection:F1} KiB each (goal 20,000 at ≤ 30 KB); {again.Open:N0}/{storm:N0} rejoined at once in {stormSeconds:F1} s (goal 10 s)"))];
    }
}
