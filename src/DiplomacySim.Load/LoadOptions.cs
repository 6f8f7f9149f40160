using System.Globalization;

namespace DiplomacySim.Load;

/// <summary>The command line: <c>--name value</c> pairs, each with a default that suits the demo server.</summary>
internal sealed record LoadOptions(Uri Server, string Game, string Password, IReadOnlyList<int> Clients, int Sends, int IdleStep, int IdleMax, int? ServerPid)
{
    public const string Usage = """
        dotnet run -c Release --project src/DiplomacySim.Load -- [options]
          latency                     time from a send's HTTP response to the event's arrival (default)
          idle                        idle hub connections held, with the server's memory (needs --server-pid)
          --server URL                the server's root (default http://localhost:5080/)
          --game SLUG                 the game (default rus-vnm-2018)
          --password TEXT             the demo accounts' password (default diplomacy)
          --clients 1,100,1000        connected clients per latency round
          --sends N                   communiques sent per round (default 100)
          --idle-step N --idle-max N  connections added per step and in all (defaults 500, 5000)
          --server-pid PID            the server process, whose resident memory the idle mode reads
        """;

    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                continue;
            if (i + 1 >= args.Length)
                throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            values[args[i][2..]] = args[++i];
        }
        string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var server = Text("server", "http://localhost:5080/");
        return new LoadOptions(
            new Uri(server.EndsWith('/') ? server : server + "/"),
            Text("game", "rus-vnm-2018"),
            Text("password", "diplomacy"),
            [.. Text("clients", "1,100,1000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            Number("sends", 100),
            Number("idle-step", 500),
            Number("idle-max", 5000),
            values.TryGetValue("server-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null);
    }
}
