using DiplomacySim.Client;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Drills;

/// <summary>
/// kill -9 of the server while writers send at full rate and hub clients watch, then a restart:
/// every send answered 201 must be in the database with all its effects, no command half-applied,
/// and every client must resume to exactly the log.
/// </summary>
public sealed class ServerKillDrill : IStep
{
    public string Name => "kill-server";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var server = await context.StartServerAsync();
        var players = new Players(server.Root);
        var pairs = await players.HotPairsAsync();
        var spectator = await players.TokenAsync("spectator");
        await using var watchers = await Watchers.JoinAsync(server.Root, spectator, Players.Demo, options.Count(20, 3));

        var load = new SendLoad(players, pairs, options.Count(32, 8), "kill");
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);
        var kills = options.Count(3, 1);
        var downtimes = new List<double>();
        for (var k = 0; k < kills; k++)
        {
            await Task.Delay(options.Duration(6, 1.5));
            await server.KillAsync();
            var killedAt = load.Now;
            await Task.Delay(TimeSpan.FromSeconds(1));
            await server.StartAsync();
            await Task.Delay(options.Duration(3, 1));
            downtimes.Add(((load.FirstSuccessAfter(killedAt) ?? load.Now) - killedAt).TotalSeconds);
        }
        await Task.Delay(options.Duration(4, 1));
        await stop.CancelAsync();
        await running;

        var watched = await watchers.SettleAsync(new DiplomacySimClient(players.Http, spectator), Players.Demo, TimeSpan.FromSeconds(60));
        await using var db = await context.OpenDatabaseAsync();
        var audit = await load.Ledger.AuditAsync(db);
        var clean = audit.Clean && watched.Clean;
        var markdown = HarnessOptions.Invariant($"""
            **Done:** {options.Count(32, 8)} writers sent public communiques at full rate while {watched.Clients} hub clients watched the demo game;
            {kills} time(s) the server process was killed with SIGKILL mid-load, then started again on the same port and database
            (it was serving again {string.Join(", ", downtimes.Select(d => HarnessOptions.Invariant($"{d:F1} s")))} after each kill, start-up included). Answers:
            {load.AnswersMarkdown()}.

            **Lost:** {(clean ? "nothing." : "see below.")} A send in flight at the kill either committed (and is stored, though its
            client never saw the 201) or rolled back whole: PostgreSQL discards the open transaction with the connection.

            {audit.Markdown()}
            {watched.Markdown}
            """);
        return [new Section(Document.Reliability, "kill -9 of the server under load", markdown,
            HarnessOptions.Invariant($"{kills} kill(s): {audit.Summary}; {watched.Complete}/{watched.Clients} clients resumed without gaps"), Failed: !clean)];
    }
}
