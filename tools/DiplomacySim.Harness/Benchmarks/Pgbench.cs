using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>pgbench from the PostgreSQL the harness was handed, or the machine's newest.</summary>
public static partial class Pgbench
{
    public static string? Find(string? pgBin)
    {
        if (pgBin is not null && File.Exists(Path.Combine(pgBin, "pgbench")))
            return Path.Combine(pgBin, "pgbench");
        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pgbench")).Where(File.Exists).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
    }

    /// <summary>Runs a script with <paramref name="clients"/> connections for <paramref name="duration"/>; returns transactions per second.</summary>
    public static async Task<double> RunAsync(string pgbench, string connectionString, string script, int clients, TimeSpan duration, IReadOnlyDictionary<string, string> variables)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgbench) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-n", "-M", "prepared", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
                     "-T", ((int)Math.Max(1, duration.TotalSeconds)).ToString(CultureInfo.InvariantCulture), "-f", script, "-h", c.Host!, "-p", c.Port.ToString(CultureInfo.InvariantCulture), "-U", c.Username!, c.Database! })
            start.ArgumentList.Add(a);
        foreach (var (name, value) in variables)
        {
            start.ArgumentList.Add("-D");
            start.ArgumentList.Add($"{name}={value}");
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var tps = Tps().Match(output);
        if (process.ExitCode != 0 || !tps.Success)
            throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {await error}\n{output}");
        return double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();
}
