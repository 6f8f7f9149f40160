using System.Diagnostics;

namespace DiplomacySim.Harness.Running;

/// <summary>Stops and starts the PostgreSQL the harness was handed (as its own user, when the harness is root).</summary>
public sealed class PostgresControl(HarnessOptions options)
{
    public Task StopAsync() => PgCtlAsync("-D", options.PgData!, "-m", "fast", "-w", "-t", "60", "stop");

    public Task StartAsync() =>
        PgCtlAsync("-D", options.PgData!, "-l", Path.Combine(Path.GetDirectoryName(options.PgData!)!, "postgres.log"), "-w", "-t", "60", "-o", options.PgOptions, "start");

    private async Task PgCtlAsync(params string[] arguments)
    {
        var pgCtl = Path.Combine(options.PgBin!, "pg_ctl");
        var asOther = options.PgUser is { } user && user != Environment.UserName;
        var start = new ProcessStartInfo(asOther ? "runuser" : pgCtl)
        {
            WorkingDirectory = Path.GetDirectoryName(options.PgData!)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (asOther)
            foreach (var a in new[] { "-u", options.PgUser!, "--", pgCtl })
                start.ArgumentList.Add(a);
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"pg_ctl {string.Join(' ', arguments)} failed: {await error}");
    }
}
