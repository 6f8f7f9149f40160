using System.Diagnostics;
using DiplomacySim.Client;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Drills;

/// <summary>
/// Two instances joined by a Redis backplane of the drill's own; Redis stopped under load and
/// started again. Writers send through instance A, hub clients watch through instance B, so every
/// event they get crossed instances.
/// </summary>
public sealed class RedisOutageDrill : IStep
{
    public string Name => "redis-outage";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var redisPort = ServerProcess.FreePort();
        using var redis = StartRedis(redisPort, context.WorkDirectory);
        await Task.Delay(500);
        var settings = new Dictionary<string, string> { ["Redis__ConnectionString"] = $"127.0.0.1:{redisPort},abortConnect=false" };
        var a = await context.StartServerAsync(settings);
        var b = await context.StartServerAsync(settings);
        var writers = new Players(a.Root);
        var pairs = await writers.HotPairsAsync();
        var watching = new Players(b.Root);
        var spectator = await watching.TokenAsync("spectator");
        await using var watchers = await Watchers.JoinAsync(b.Root, spectator, Players.Demo, options.Count(20, 3));

        var load = new SendLoad(writers, pairs, options.Count(16, 4), "redis");
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);
        await Task.Delay(options.Duration(4, 1.5));
        redis.Kill();
        await redis.WaitForExitAsync();
        var down = options.Duration(6, 2);
        await Task.Delay(down);
        using var again = StartRedis(redisPort, context.WorkDirectory);
        await Task.Delay(options.Duration(8, 3));
        await stop.CancelAsync();
        await running;

        var watched = await watchers.SettleAsync(new DiplomacySimClient(watching.Http, spectator), Players.Demo, TimeSpan.FromSeconds(60));
        await using var db = await context.OpenDatabaseAsync();
        var audit = await load.Ledger.AuditAsync(db);
        again.Kill();
        var clean = audit.Clean && watched.Clean;
        var markdown = HarnessOptions.Invariant($"""
            **Done:** two server instances on one database, joined by a Redis backplane; {options.Count(16, 4)} writers sent through instance A
            while {watched.Clients} hub clients watched through instance B. Redis was killed under load, kept down {down.TotalSeconds:F0} s, then
            started again (empty: the backplane keeps nothing). Answers from A: {load.AnswersMarkdown()}.

            What happens: sends do not touch Redis, so they go on being answered. Live events do not cross instances through Redis
            either: each instance's relay reads the game's log from PostgreSQL, woken by PostgreSQL's NOTIFY, and writes to its own
            connections directly, so B's clients kept receiving A's events while Redis was away. What Redis carries is SignalR's own
            traffic between instances (messages to a group or user on another instance), which this game does not use for events;
            the backplane reconnects by itself (`abortConnect=false`).

            **Lost:** {(clean ? "nothing." : "see below.")}

            {audit.Markdown()}
            {watched.Markdown}
            """);
        return [new Section(Document.Reliability, "Redis stopped under two instances", markdown,
            HarnessOptions.Invariant($"{audit.Summary}; {watched.Complete}/{watched.Clients} clients on the other instance without gaps"), Failed: !clean)];
    }

    private static Process StartRedis(int port, string work)
    {
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
        foreach (var a in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }
}
