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

    /// <summary>
    /// For a heap dump of the server with that many connections open: <c>DIPLOMACYSIM_HARNESS_PAUSE_AT=10000</c>
    /// (optionally <c>10000:120</c>, seconds, 120 by default) holds the ramp once it reaches that count,
    /// prints the server's pid, and goes on after the pause (or as soon as the file <c>/tmp/diplomacysim-resume</c> exists).
    /// The figures of such a run are not for the docs: the dump's own collection moves the RSS after it.
    /// </summary>
    public const string PauseVariable = "DIPLOMACYSIM_HARNESS_PAUSE_AT";

    private static async Task<bool> PauseAsync(ServerProcess server, int open, bool paused)
    {
        if (paused || Environment.GetEnvironmentVariable(PauseVariable) is not { Length: > 0 } setting)
            return paused;
        var parts = setting.Split(':');
        if (!int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var at) || open < at)
            return false;
        var seconds = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 120;
        const string resume = "/tmp/diplomacysim-resume";
        Console.WriteLine(HarnessOptions.Invariant($"   paused at {open:N0} connections for up to {seconds} s (or until {resume} exists): server pid {server.Pid}"));
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(seconds) && !File.Exists(resume);)
            await Task.Delay(500);
        return true;
    }

    private static int Descriptors() => ServerProcess.Descriptors("self");

    // "unlimited" (or unreadable) is taken as the kernel's usual ceiling.
    private static int OpenFilesLimit() => (int)Math.Min(ServerProcess.OpenFilesLimit("self") ?? 1_048_576, int.MaxValue);

    // "Connections:     at most 18500 WebSockets and 1000 other HTTP connections (open-files limit 20000)" in the server's banner.
    private static long? ServerCap(ServerProcess server)
    {
        var line = File.ReadLines(server.LogPath).FirstOrDefault(l => l.TrimStart().StartsWith("Connections:", StringComparison.Ordinal));
        var words = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = words is null ? -1 : Array.IndexOf(words, "most");
        return at >= 0 && at + 1 < words!.Length && long.TryParse(words[at + 1], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        // One socket is one file descriptor on each side: neither process can hold more than its open-files
        // limit allows (here a hard limit the harness cannot raise), whatever its memory. The server refuses
        // WebSocket upgrades a little below its own limit (Limits:MaxWebSocketConnections), so the ramp asks
        // for the goal and reports where the server said no.
        var fdLimit = OpenFilesLimit();
        var target = Math.Min(options.Count(20_000, 400), fdLimit - 300);
        var step = options.Count(2_500, 200);
        var storm = options.Count(5_000, 200);
        var server = await context.StartServerAsync();
        var serverFiles = server.OpenFilesLimit();
        var cap = ServerCap(server);
        var players = new Players(server.Root);
        var spectator = await players.TokenAsync("spectator");
        var uri = new UriBuilder(server.Root) { Scheme = "ws", Path = "hubs/game", Query = $"access_token={Uri.EscapeDataString(spectator)}" }.Uri;
        // Joined at a seq far past the log's end: the connection watches the game and receives nothing.
        var join = $"{{\"type\":1,\"invocationId\":\"j\",\"target\":\"JoinGame\",\"arguments\":[\"{Players.Demo}\",{long.MaxValue / 2}]}}";

        await Task.Delay(TimeSpan.FromSeconds(2));
        var rows = new List<Row> { Read(server, 0) };
        var baseline = rows[0];
        string? stoppedBy = null;
        var paused = false;
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
                rows.Add(Read(server, clients.Open));
                Console.WriteLine(HarnessOptions.Invariant($"   {clients.Open:N0} connections, server RSS {rows[^1].Rss / 1048576.0:F0} MiB, {rows[^1].ServerDescriptors:N0} descriptors"));
                paused = await PauseAsync(server, clients.Open, paused);
                if (stoppedBy is not null)
                    break;
            }
        }
        finally
        {
            await clients.DisposeAsync();
        }
        var last = rows[^1];
        var held = last.Connections;
        var perConnection = held == 0 ? 0 : (last.Rss - baseline.Rss) / 1024.0 / held;
        // The slope once warmed up (from the first row at or past 5,000, or the first step in a smoke run):
        // what one more connection costs, without the first connections' one-off costs (code paths
        // jitted, pools and the GC's budgets grown) that the average since start spreads over all of them.
        var warm = rows.Skip(1).FirstOrDefault(r => r.Connections >= options.Count(5_000, 200) && r != last) ?? rows[Math.Min(1, rows.Count - 1)];
        var span = last.Connections - warm.Connections;
        var slope = span <= 0 ? double.NaN : (last.Rss - warm.Rss) / 1024.0 / span;
        var anonSlope = span <= 0 ? double.NaN : (last.Anonymous - warm.Anonymous) / 1024.0 / span;

        // The storm measures reconnection only once the server has let the ramp's connections go: wait
        // until its descriptors are back near where they started (within 1 % of those held: its database
        // pool and threads may have grown) and have stopped falling.
        var release = Stopwatch.StartNew();
        var serverDescriptorsAfterClose = server.Running ? server.Descriptors() : 0;
        var released = double.NaN;
        for (var previous = int.MaxValue; server.Running && release.Elapsed < TimeSpan.FromSeconds(60); previous = serverDescriptorsAfterClose)
        {
            serverDescriptorsAfterClose = server.Descriptors();
            if (serverDescriptorsAfterClose <= baseline.ServerDescriptors + Math.Max(50, held / 100) && double.IsNaN(released))
                released = release.Elapsed.TotalSeconds;
            if (!double.IsNaN(released) && serverDescriptorsAfterClose >= previous)
                break;
            await Task.Delay(500);
        }
        await Task.Delay(TimeSpan.FromSeconds(1));

        // The storm: every client at once, as after a network blip or a server restart.
        var descriptorsBeforeStorm = Descriptors();
        var clock = Stopwatch.StartNew();
        await using var again = await CountingClients.ConnectAsync(uri, 0, "-", join);
        var (failures, firstFailure, joined) = await again.StormAsync(uri, storm, join, TimeSpan.FromSeconds(30));
        var stormSeconds = clock.Elapsed.TotalSeconds;
        string Joined(double quantile) => joined.Count == 0 ? "–" : HarnessOptions.Invariant($"{joined[Math.Min(joined.Count - 1, (int)Math.Ceiling(quantile * joined.Count) - 1)].TotalSeconds:F1} s");
        var serverDescriptorsInStorm = server.Running ? server.Descriptors() : 0;
        var survived = server.Running ? "The server was still running at the end." : "**The server process had exited:** " + server.LogTail(2).Replace('\n', ' ');
        var extra = ServerProcess.ExtraEnvironment;

        var table = string.Join('\n', rows.Select(r => HarnessOptions.Invariant(
            $"| {r.Connections:N0} | {r.Rss / 1048576.0:F0} MiB | {r.Anonymous / 1048576.0:F0} MiB | {(r.Connections == 0 ? "" : $"{(r.Rss - baseline.Rss) / 1024.0 / r.Connections:F1} KiB")} | {r.Threads} | {r.ServerDescriptors:N0} | {r.HarnessDescriptors:N0} |")));
        var refused = stoppedBy is not null && stoppedBy.Contains("503", StringComparison.Ordinal);
        var markdown = HarnessOptions.Invariant($"""
            **What:** hub connections (raw WebSockets speaking SignalR's JSON protocol, the spectator's token, each joined to the demo
            game and idle) opened {step:N0} at a time towards {target:N0}; after each step the server's resident memory (`VmRSS`, and its
            anonymous part `RssAnon`: heaps without mapped code), threads and open descriptors. Then all closed, and once the server
            had released them, {storm:N0} clients connecting and joining at the same instant, as after a restart, each retrying
            after 0.1–0.5 s when an attempt fails (refused, or not joined within {CountingClients.AttemptTimeout.TotalSeconds:F0} s, SignalR's handshake timeout), as a reconnecting client does. Goal:
            20,000 at ≤ 30 KB each; the storm's clients all joined within 10 s.{(extra.Length == 0 ? "" : $" Server started with `{extra}`.")}

            | connections | server RSS | of it anonymous | per connection since start | server threads | server's open files | harness's open files |
            | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            {table}

            Held: **{held:N0}** connections{(stoppedBy is null ? "" : refused ? $" (then refused by the server's cap: `{stoppedBy}`)" : $" (stopped by `{stoppedBy}`)")}.
            Memory per connection: **{perConnection:F1} KiB** on average since start (RSS growth over connections); **{slope:F1} KiB**
            as the slope from {warm.Connections:N0} to {held:N0} connections ({anonSlope:F1} KiB of anonymous memory).
            {survived}

            The ramp's connections closed, the server was back near its start ({baseline.ServerDescriptors:N0} open files) after {(double.IsNaN(released) ? "more than 60" : released.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))} s,
            at {serverDescriptorsAfterClose:N0} when the storm began. Reconnection storm (the harness holding {descriptorsBeforeStorm:N0} open files before it): **{joined.Count:N0} of {storm:N0}**
            joined; all done after **{stormSeconds:F1} s**; half had joined by {Joined(0.5)}, 99 % by {Joined(0.99)}, the last at {Joined(1)}{(failures > 0 ? $", after {failures:N0} failed attempts that were retried (the first: `{firstFailure}`)" : "")}.
            The server held {serverDescriptorsInStorm:N0} open files at the end.

            Open-files limit: the server's **{serverFiles?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}**, the harness's {fdLimit:N0}
            (`ulimit -n`; `tests/harness.sh` tries to raise it, and on this machine the hard limit does not move). The server's cap on
            WebSocket connections: **{cap?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}** (its banner; `Limits:MaxWebSocketConnections`, by default the open-files limit less
            1,500 kept for HTTP connections, the database and the runtime). So one instance here holds at most that many, whatever its
            memory; 20,000 needs a higher open-files limit (`LimitNOFILE`, Compose `ulimits`).
            """);
        var summary = HarnessOptions.Invariant(
            $"{held:N0} held (cap {cap?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "none"} below the open-files limit of {serverFiles?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "?"}) at {perConnection:F1} KiB each since start, {slope:F1} KiB slope (goal 20,000 at ≤ 30 KB); {joined.Count:N0}/{storm:N0} rejoined at once in {stormSeconds:F1} s (goal 10 s)");
        return [new Section(Document.Benchmarks, "Idle connections, memory, reconnection storm", markdown, summary)];
    }

    private sealed record Row(int Connections, long Rss, long Anonymous, long Threads, int ServerDescriptors, int HarnessDescriptors);

    private static Row Read(ServerProcess server, int connections) =>
        new(connections, server.ResidentBytes(), server.AnonymousBytes(), server.Threads(), server.Descriptors(), Descriptors());
}
