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
        var clients = options.Count(16, 4);
        var duration = options.Duration(15, 2);
        var script = Path.Combine(AppContext.BaseDirectory, "Benchmarks", "send-communique.pgbench");

        var results = new Dictionary<(string Side, int Games), double>();
        foreach (var (side, games, prefix) in phases)
        {
            results[(side, games)] = side == "http"
                ? await HttpAsync(players, token, prefix, games, clients, duration)
                : await Pgbench.RunAsync(pgbench, context.Database, script, clients, duration, new Dictionary<string, string> { ["games"] = games.ToString(System.Globalization.CultureInfo.InvariantCulture), ["prefix"] = prefix, ["user"] = user });
            Console.WriteLine(HarnessOptions.Invariant($"   {side} {games} game(s): {results[(side, games)]:F0}/s"));
        }

        double Ratio(int games) => results[("http", games)] / results[("pgbench", games)];
        var text = new StringBuilder();
        text.AppendLine(HarnessOptions.Invariant($"""
            **What:** {clients} concurrent clients, {duration.TotalSeconds:F0} s per phase. HTTP: each client sends public communiques (one
            cooperation clause) back to back through `POST /communiques` as the player holding nation AAA's foreign ministry, in a game of 5
            nations chosen per send; each 201 is a committed transaction (validation, rules, the game's row lock, three events, two opinion
            modifiers, the NOTIFY). pgbench: [the same statements]({"../tools/DiplomacySim.Harness/Benchmarks/send-communique.pgbench"}), prepared, with
            the same commits and round trips, against the same PostgreSQL while the server sits idle (listening, as it does). Goal: HTTP at
            least 0.75 of pgbench.

            | games | HTTP sends/s | pgbench transactions/s | ratio |
            | ---: | ---: | ---: | ---: |
            | 1 | {results[("http", 1)]:F0} | {results[("pgbench", 1)]:F0} | **{Ratio(1):F2}** |
            | {many} | {results[("http", many)]:F0} | {results[("pgbench", many)]:F0} | **{Ratio(many):F2}** |

            With one game every send waits for the game's row lock, so both sides are bound by the lock's hand-over: commit, wake the
            next waiter. With {many} games they run in parallel and the two cores are the limit: there the server's own CPU (HTTP, JSON,
            EF Core's change tracking and materialisation, FluentValidation, the load generator itself) competes with PostgreSQL for them.
            """)).AppendLine();
        text.AppendLine("The SQL of one send, from the server's EF Core command log in this run (parameters elided):").AppendLine().AppendLine("```sql").AppendLine(sql.TrimEnd()).AppendLine("```");
        return [new Section(Document.Benchmarks, "Durable sends against pgbench", text.ToString(),
            HarnessOptions.Invariant($"ratio {Ratio(1):F2} with 1 game ({results[("http", 1)]:F0} vs {results[("pgbench", 1)]:F0}/s), {Ratio(many):F2} with {many} games ({results[("http", many)]:F0} vs {results[("pgbench", many)]:F0}/s); goal ≥ 0.75"))];
    }

    private static async Task<double> HttpAsync(Players players, string token, string prefix, int games, int clients, TimeSpan duration)
    {
        var pairs = new List<Pair>();
        var reader = new DiplomacySimClient(players.Http, token);
        for (var g = 0; g < games; g++)
        {
            var slug = GeneratedGames.Slug(prefix, g);
            var world = await reader.GetGameAsync(slug);
            Guid Foreign(string nation) => world.Ministries.Single(m => m.Nation == nation).Id;
            pairs.Add(new Pair(slug, GeneratedGames.Player(0), token, Foreign("AAA"), Foreign("AAB"), "AAA", "AAB"));
        }
        var sent = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var random = new Random(client);
            while (clock.Elapsed < duration)
            {
                var pair = pairs[random.Next(pairs.Count)];
                if ((await players.SendAsync(pair, Players.CommuniqueJson(pair, $"harness durable {client}-{sent}"))).Status == 201)
                    Interlocked.Increment(ref sent);
            }
        }));
        return sent / clock.Elapsed.TotalSeconds;
    }

    /// <summary>One send on a short-lived server that logs EF Core's commands, to show the SQL the reference mirrors.</summary>
    private static async Task<string> CaptureSqlAsync(HarnessContext context, Dictionary<string, string> settings)
    {
        var logging = new Dictionary<string, string>(settings, StringComparer.Ordinal) { ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information" };
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
            .Where(l => l.StartsWith("      ", StringComparison.Ordinal) && !l.Contains("Executed DbCommand", StringComparison.Ordinal))
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
