using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// wrk, Debian's native HTTP load generator (a small C client with a Lua hook, as light as pgbench), for
/// the HTTP side of a benchmark that pgbench runs on the other: the harness writes the requests, wrk
/// sends them in turn and counts the answers (Benchmarks/send-communique.lua).
/// </summary>
public static partial class Wrk
{
    public static string? Find() =>
        new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists)
        ?? (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, "wrk")).FirstOrDefault(File.Exists);

    /// <summary>One request for wrk to send: path (from the server's root), bearer token, JSON body on one line.</summary>
    public sealed record Request(string Path, string Token, string Body);

    /// <summary>What wrk saw: the 201s, the other answers, socket errors, and how long it ran.</summary>
    public sealed record Outcome(long Created, long Other, long Errors, TimeSpan Duration)
    {
        public double CreatedPerSecond => Created / Duration.TotalSeconds;
    }

    /// <summary>Runs wrk with <paramref name="connections"/> connections over 2 threads (pgbench's -j 2) for <paramref name="duration"/>.</summary>
    public static async Task<Outcome> RunAsync(string wrk, Uri root, IReadOnlyList<Request> requests, int connections, TimeSpan duration, string workDirectory)
    {
        var file = Path.Combine(workDirectory, $"wrk-requests-{Guid.NewGuid():N}.tsv");
        var text = new StringBuilder();
        foreach (var r in requests)
        {
            if (r.Body.Contains('\n', StringComparison.Ordinal) || r.Body.Contains('\t', StringComparison.Ordinal))
                throw new ArgumentException("A request body for wrk must be one line without tabs.", nameof(requests));
            text.Append(r.Path).Append('\t').Append(r.Token).Append('\t').Append(r.Body).Append('\n');
        }
        await File.WriteAllTextAsync(file, text.ToString());
        var script = Path.Combine(AppContext.BaseDirectory, "Benchmarks", "send-communique.lua");
        var start = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t", Math.Min(2, connections).ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", ((int)Math.Max(1, duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "30s",
                     "-s", script, root.ToString().TrimEnd('/'), "--", file })
            start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var m = Summary().Match(output);
            if (process.ExitCode != 0 || !m.Success)
                throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {await error}\n{output}");
            long Group(string name) => long.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
            return new Outcome(Group("created"), Group("other"), Group("errors"), TimeSpan.FromMicroseconds(Group("duration")));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"harness: created (?<created>\d+) other (?<other>\d+) duration_us (?<duration>\d+) errors (?<errors>\d+)")]
    private static partial Regex Summary();
}
