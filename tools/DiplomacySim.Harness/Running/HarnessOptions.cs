using System.Globalization;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// The command line. tests/harness.sh fills it in; a smoke run (<c>--smoke</c>) keeps every count
/// small so that the test suite can run the whole harness in seconds.
/// </summary>
public sealed record HarnessOptions
{
    public const string Usage = """
        dotnet DiplomacySim.Harness.dll --server-dll PATH --postgres CONNECTION [options]
          --smoke                 small counts, a few seconds per drill (the test suite runs this)
          --server-dll PATH       the server to run as a separate process (DiplomacySim.Server.dll)
          --postgres CONNECTION   a superuser connection to the PostgreSQL the server uses; the harness
                                  creates a database of its own on it
          --redis HOST:PORT       a Redis for the two-instance drill (skipped without it)
          --pg-bin DIR --pg-data DIR --pg-options TEXT --pg-user USER
                                  lets the harness stop and start that PostgreSQL (the restart drill)
          --out DIR               where benchmarks.md and reliability.md are written (default docs)
          --only NAME,NAME        run only these drills and benchmarks (names as printed)
        """;

    public bool Smoke { get; init; }
    public required string ServerDll { get; init; }
    public required string Postgres { get; init; }
    public string? Redis { get; init; }
    public string? PgBin { get; init; }
    public string? PgData { get; init; }
    public string PgOptions { get; init; } = "";
    public string? PgUser { get; init; }
    public string Out { get; init; } = "docs";
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>The harness may restart PostgreSQL only when it was handed one of its own.</summary>
    public bool OwnsPostgres => PgBin is not null && PgData is not null;

    /// <summary>A count for a full run, or its smoke-sized stand-in.</summary>
    public int Count(int full, int smoke) => Smoke ? smoke : full;

    public TimeSpan Duration(double fullSeconds, double smokeSeconds) => TimeSpan.FromSeconds(Smoke ? smokeSeconds : fullSeconds);

    public bool Runs(string name) => Only is null || Only.Contains(name);

    public static HarnessOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var smoke = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--smoke")
                smoke = true;
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count)
                values[args[i][2..]] = args[++i];
            else
                throw new ArgumentException($"Cannot read '{args[i]}'.\n{Usage}");
        }
        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required.\n{Usage}");
        return new HarnessOptions
        {
            Smoke = smoke,
            ServerDll = Path.GetFullPath(Required("server-dll")),
            Postgres = Required("postgres"),
            Redis = values.GetValueOrDefault("redis"),
            PgBin = values.GetValueOrDefault("pg-bin"),
            PgData = values.GetValueOrDefault("pg-data"),
            PgOptions = values.GetValueOrDefault("pg-options", ""),
            PgUser = values.GetValueOrDefault("pg-user"),
            Out = values.GetValueOrDefault("out", "docs"),
            Only = values.TryGetValue("only", out var only) ? only.Split(',').ToHashSet(StringComparer.Ordinal) : null,
        };
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
