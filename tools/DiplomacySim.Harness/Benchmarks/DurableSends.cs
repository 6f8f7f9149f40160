using System.Diagnostics;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// Durable sends through HTTP against the machine's own limit for the same SQL: pgbench running a
/// script that mirrors what the send handler issues, on the same PostgreSQL, with the same number
/// of clients, for one game and for 50. Each phase has games of its own, so that none starts with
/// the history another left behind.
/// </summary>
public sealed class DurableSends : IStep
{
    public string Name => "durable-sends";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var pgbench = Pgbench.Find(options.PgBin);
        if (pgbench is null)
            return [new Section(Document.Benchmarks, "Durable sends against pgbench", "Skipped: pgbench was not found (it comes with Debian's postgresql package).", "skipped (no pgbench)")];
        var wrk = Wrk.Find();
        if (wrk is null)
            return [new Section(Document.Benchmarks, "Durable sends against pgbench", "Skipped: wrk was not found (Debian's wrk package; tests/harness.sh installs it when run as root).", "skipped (no wrk)")];
        var many = options.Count(50, 3);
        var phases = new[] { ("http", 1, "d1"), ("pgbench", 1, "e1"), ("http", many, "dm"), ("pgbench", many, "em") };
        var settings = new Dictionary<string, string>(GeneratedGames.Settings(options.ServerDll, context.WorkDirectory, "durable", 0, 5), StringComparer.Ordinal);
        var index = 0;
        var seeds = settings["Scenarios__Directory"];
        foreach (var (_, games, prefix) in phases)
            foreach (var slug in GeneratedGames.Write(seeds, prefix, games, 5))
                settings[$"Demo__Scenarios__{index++}"] = slug;

        var sql = await CaptureSqlAsync(context, settings);
        var server = await context.StartServerAsync(settings);
        var players = new Players(server.Root);
        var token = await players.TokenAsync(GeneratedGames.Player(0));
        var user = await UserIdAsync(context, GeneratedGames.Player(0));
        var postmaster = await PostmasterAsync(context);
        var clients = options.Count(16, 4);
        var duration = options.Duration(15, 2);
        var warmUp = options.Duration(15, 1);
        var script = Path.Combine(AppContext.BaseDirectory, "Benchmarks", "send-communique.pgbench");

        var results = new Dictionary<(string Side, int Games), Phase>();
        foreach (var (side, games, prefix) in phases)
        {
            var requests = side == "http" ? await RequestsAsync(players, token, prefix, games) : null;
            // An unmeasured run first, so that the server's first sends (the JIT's tiering, pools) are not
            // counted: right after start the runtime instruments and recompiles its hot methods (tiered
            // PGO) for tens of seconds, about a core of it at first (measured per thread).
            if (requests is not null)
                await Wrk.RunAsync(wrk, server.Root, requests, clients, warmUp, context.WorkDirectory);
            var before = (Server: CpuTime.Seconds(server.Pid), Postgres: CpuTime.PostgresSeconds(postmaster), Generator: CpuTime.ReapedChildrenOfThisProcess());
            var clock = System.Diagnostics.Stopwatch.StartNew();
            double rate;
            if (requests is not null)
            {
                var outcome = await Wrk.RunAsync(wrk, server.Root, requests, clients, duration, context.WorkDirectory);
                if (outcome.Other > 0 || outcome.Errors > 0)
                    Console.WriteLine(HarnessOptions.Invariant($"   http {games} game(s): {outcome.Other} answers other than 201, {outcome.Errors} socket errors"));
                rate = outcome.CreatedPerSecond;
            }
            else
            {
                rate = await Pgbench.RunAsync(pgbench, context.Database, script, clients, duration, new Dictionary<string, string> { ["games"] = games.ToString(System.Globalization.CultureInfo.InvariantCulture), ["prefix"] = prefix, ["user"] = user });
            }
            var wall = clock.Elapsed.TotalSeconds;
            var transactions = rate * duration.TotalSeconds;
            results[(side, games)] = new Phase(rate, wall,
                (CpuTime.Seconds(server.Pid) - before.Server) / transactions,
                (CpuTime.PostgresSeconds(postmaster) - before.Postgres) / transactions,
                (CpuTime.ReapedChildrenOfThisProcess() - before.Generator) / transactions);
            var r = results[(side, games)];
            Console.WriteLine(HarnessOptions.Invariant($"   {side} {games} game(s): {rate:F0}/s; CPU ms per transaction: server {r.Server * 1000:F2}, PostgreSQL {r.Postgres * 1000:F2}, generator {r.Generator * 1000:F2}"));
        }

        double Ratio(int games) => results[("http", games)].Rate / results[("pgbench", games)].Rate;
        string Cpu(string side, int games)
        {
            var r = results[(side, games)];
            return HarnessOptions.Invariant($"| {(side == "http" ? "HTTP (wrk)" : "pgbench")}, {games} game{(games == 1 ? "" : "s")} | {r.Rate:F0} | {r.Server * 1000:F2} | {r.Postgres * 1000:F2} | {r.Generator * 1000:F2} | {(r.Server + r.Postgres + r.Generator) * 1000:F2} | {(r.Server + r.Postgres + r.Generator) * r.Rate:F2} |");
        }
        var text = new StringBuilder();
        text.AppendLine(HarnessOptions.Invariant($"""
            **What:** {clients} concurrent clients, {duration.TotalSeconds:F0} s per phase. HTTP: wrk (Debian's native load generator, 2 threads,
            {clients} connections, [a Lua script]({"../tools/DiplomacySim.Harness/Benchmarks/send-communique.lua"}) that rotates over requests the harness wrote:
            each game's path, the player's token, bodies with their own subjects) sends public communiques (one cooperation clause) back to
            back through `POST /communiques` as the player holding nation AAA's foreign ministry, in a game of 5 nations taken in turn; each
            201 is a committed transaction (validation, rules, the game's row lock, three events, two opinion modifiers, the NOTIFY); a
            {warmUp.TotalSeconds:F0} s run of wrk before each HTTP phase is not counted. pgbench: [the same statements]({"../tools/DiplomacySim.Harness/Benchmarks/send-communique.pgbench"}), prepared, with
            the same commits and round trips, 2 threads, against the same PostgreSQL while the server sits idle (listening, as it does).
            Goal: HTTP at least 0.75 of pgbench.

            | games | HTTP sends/s | pgbench transactions/s | ratio |
            | ---: | ---: | ---: | ---: |
            | 1 | {results[("http", 1)].Rate:F0} | {results[("pgbench", 1)].Rate:F0} | **{Ratio(1):F2}** |
            | {many} | {results[("http", many)].Rate:F0} | {results[("pgbench", many)].Rate:F0} | **{Ratio(many):F2}** |

            Where the time goes: CPU milliseconds (user + system, from `/proc/PID/stat` before and after each phase) per committed
            transaction, for the server process, all of PostgreSQL's processes (the postmaster, its backends and background workers,
            and those it reaped during the phase) and the generator (wrk or pgbench, a child of the harness, read once it has exited).
            The last column is the cores those three kept busy, of the machine's {Environment.ProcessorCount}.

            | phase | transactions/s | server | PostgreSQL | generator | all three | cores busy |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: |
            {Cpu("http", 1)}
            {Cpu("pgbench", 1)}
            {Cpu("http", many)}
            {Cpu("pgbench", many)}

            With one game every send waits for the game's row lock, so both sides are bound by the lock's hand-over: commit, wake the
            next waiter. With {many} games they run in parallel and the cores are the limit: there the server's own CPU per send (HTTP,
            JSON, EF Core, validation and rules) competes with PostgreSQL for them, and the table above says how much of it there is.
            """)).AppendLine();
        text.AppendLine("The SQL of one send, from the server's command log in this run (EF Core's reads and the batched save's writes; parameters elided; the first send of a game also reads its world, which later sends take from the per-instance copy):").AppendLine().AppendLine("```sql").AppendLine(sql.TrimEnd()).AppendLine("```");
        return [new Section(Document.Benchmarks, "Durable sends against pgbench", text.ToString(),
            HarnessOptions.Invariant($"ratio {Ratio(1):F2} with 1 game ({results[("http", 1)].Rate:F0} vs {results[("pgbench", 1)].Rate:F0}/s), {Ratio(many):F2} with {many} games ({results[("http", many)].Rate:F0} vs {results[("pgbench", many)].Rate:F0}/s), wrk against pgbench; server CPU {results[("http", many)].Server * 1000:F2} ms per send; goal ≥ 0.75"))];
    }

    /// <summary>A phase's rate, wall time, and CPU seconds per transaction of each side.</summary>
    private sealed record Phase(double Rate, double Wall, double Server, double Postgres, double Generator);

    /// <summary>wrk's requests for a phase: for each game, bodies with subjects of their own (the player's token on each).</summary>
    private static async Task<IReadOnlyList<Wrk.Request>> RequestsAsync(Players players, string token, string prefix, int games)
    {
        var reader = new DiplomacySimClient(players.Http, token);
        var requests = new List<Wrk.Request>();
        var bodies = Math.Max(4, 256 / games);
        for (var g = 0; g < games; g++)
        {
            var slug = GeneratedGames.Slug(prefix, g);
            var world = await reader.GetGameAsync(slug);
            Guid Foreign(string nation) => world.Ministries.Single(m => m.Nation == nation).Id;
            var pair = new Pair(slug, GeneratedGames.Player(0), token, Foreign("AAA"), Foreign("AAB"), "AAA", "AAB");
            for (var b = 0; b < bodies; b++)
                requests.Add(new Wrk.Request($"/api/games/{slug}/communiques", pair.Token, Encoding.UTF8.GetString(Players.CommuniqueJson(pair, HarnessOptions.Invariant($"harness durable {g}-{b}")))));
        }
        // Interleave the games, so that consecutive requests of one thread go to different games.
        return [.. requests.Select((r, i) => (r, i)).OrderBy(x => x.i % bodies).ThenBy(x => x.i / bodies).Select(x => x.r)];
    }

    /// <summary>The postmaster's pid: the parent of a backend of ours (PostgreSQL runs on this machine).</summary>
    private static async Task<int> PostmasterAsync(HarnessContext context)
    {
        await using var db = await context.OpenDatabaseAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT pg_backend_pid()", db);
        return CpuTime.ParentOf((int)(await command.ExecuteScalarAsync())!);
    }

    /// <summary>One send on a short-lived server that logs EF Core's commands, to show the SQL the reference mirrors.</summary>
    private static async Task<string> CaptureSqlAsync(HarnessContext context, Dictionary<string, string> settings)
    {
        var logging = new Dictionary<string, string>(settings, StringComparer.Ordinal)
        {
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            // The save's writes, which the server sends as one batch of its own (decision 18).
            ["Logging__LogLevel__DiplomacySim.Server.Data.BatchedSave"] = "Debug",
        };
        var server = await context.StartServerAsync(logging);
        var players = new Players(server.Root);
        var token = await players.TokenAsync(GeneratedGames.Player(0));
        var world = await new DiplomacySimClient(players.Http, token).GetGameAsync(GeneratedGames.Slug("d1", 0));
        var pair = new Pair(world.Slug, GeneratedGames.Player(0), token, world.Ministries.Single(m => m.Nation == "AAA").Id, world.Ministries.Single(m => m.Nation == "AAB").Id, "AAA", "AAB");
        var before = File.ReadAllLines(server.LogPath).Length;
        await players.SendAsync(pair, Players.CommuniqueJson(pair, "harness capture"));
        await Task.Delay(500);
        await server.StopAsync();
        var lines = File.ReadAllLines(server.LogPath).Skip(before)
            .Where(l => l.StartsWith("      ", StringComparison.Ordinal) && !l.Contains("Executed DbCommand", StringComparison.Ordinal) && !l.Contains("rows in one batch:", StringComparison.Ordinal))
            .Select(l => l[6..]);
        return string.Join('\n', lines);
    }

    private static async Task<string> UserIdAsync(HarnessContext context, string userName)
    {
        await using var db = await context.OpenDatabaseAsync();
        await using var command = new Npgsql.NpgsqlCommand("""SELECT "Id" FROM "AspNetUsers" WHERE "UserName" = @name""", db);
        command.Parameters.AddWithValue("name", userName);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
