using DiplomacySim.Client;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Drills;

/// <summary>
/// PostgreSQL stopped and started again under full load: meanwhile the server must answer 503
/// problem details with Retry-After, then recover by itself, and lose nothing it acknowledged.
/// Runs only when the harness owns the PostgreSQL (tests/harness.sh), never on a shared one.
/// </summary>
public sealed class PostgresRestartDrill : IStep
{
    public string Name => "restart-postgres";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        if (!options.OwnsPostgres)
            return [new Section(Document.Reliability, "PostgreSQL restarted under load", "Skipped: the harness was not handed a PostgreSQL of its own to stop (`--pg-bin`, `--pg-data`).", "skipped (no PostgreSQL of its own)")];
        var server = await context.StartServerAsync();
        var players = new Players(server.Root);
        var pairs = await players.HotPairsAsync();
        var spectator = await players.TokenAsync("spectator");
        await using var watchers = await Watchers.JoinAsync(server.Root, spectator, Players.Demo, options.Count(20, 3));
        var postgres = new PostgresControl(options);

        var load = new SendLoad(players, pairs, options.Count(32, 8), "pgrestart");
        using var stop = new CancellationTokenSource();
        var running = load.RunAsync(stop.Token);
        await Task.Delay(options.Duration(5, 1.5));
        var stoppedAt = load.Now;
        await postgres.StopAsync();
        var down = options.Duration(5, 2);
        await Task.Delay(down);
        await postgres.StartAsync();
        var startedAt = load.Now;
        await Task.Delay(options.Duration(8, 4));
        await stop.CancelAsync();
        await running;
        var recovered = load.FirstSuccessAfter(startedAt);

        var watched = await watchers.SettleAsync(new DiplomacySimClient(players.Http, spectator), Players.Demo, TimeSpan.FromSeconds(60));
        await using var db = await context.OpenDatabaseAsync();
        var audit = await load.Ledger.AuditAsync(db);
        var serverErrors = load.Answers.Where(a => a.Key.StartsWith('5') && !a.Key.Contains("with Retry-After", StringComparison.Ordinal)).Sum(a => a.Value);
        var clean = audit.Clean && watched.Clean && recovered is not null && serverErrors == 0 && server.Running;
        var markdown = HarnessOptions.Invariant($"""
            **Done:** {options.Count(32, 8)} writers at full rate and {watched.Clients} hub clients; at {stoppedAt.TotalSeconds:F1} s PostgreSQL was stopped
            (`pg_ctl stop -m fast`, which ends every session), kept down {down.TotalSeconds:F0} s, then started again. Nothing restarted the server.
            Answers over the run: {load.AnswersMarkdown()}.

            The server answered every request during the outage, as 503 problem details with code `DATABASE_UNAVAILABLE` and
            `Retry-After: 2` ({serverErrors} other 5xx), and served 201 again {(recovered is { } r ? HarnessOptions.Invariant($"{(r - startedAt).TotalSeconds:F1} s") : "**never**")} after
            PostgreSQL was back, by itself: Npgsql's pool drops broken connections and opens new ones, and the event listener reconnects
            and wakes every game's relay, since notifications sent meanwhile are lost.

            **Lost:** {(clean ? "nothing." : "see below.")}

            {audit.Markdown()}
            {watched.Markdown}
            """);
        return [new Section(Document.Reliability, "PostgreSQL restarted under load", markdown,
            HarnessOptions.Invariant($"503 + Retry-After meanwhile, {serverErrors} other 5xx, recovered {(recovered is { } rr ? $"{(rr - startedAt).TotalSeconds:F1} s" : "never")} after; {audit.Summary}; {watched.Complete}/{watched.Clients} clients without gaps"),
            Failed: !clean)];
    }
}
