using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// The built server as its own process, as an operator starts it (<c>dotnet DiplomacySim.Server.dll</c>),
/// on a free loopback port; its console kept for the test to read.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly StringBuilder log = new();
    private readonly Process process;

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    /// <summary>Where it listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; }

    /// <summary>All it has written to its console so far.</summary>
    public string Log
    {
        get
        {
            lock (log)
                return log.ToString();
        }
    }

    /// <summary>The lines of <see cref="Log"/> that tell of a failure: an error logged, or a stack trace.</summary>
    public IReadOnlyList<string> Failures =>
        [.. Log.Split('\n').Where(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal) || line.StartsWith("   at ", StringComparison.Ordinal))];

    /// <summary>Starts the server with <paramref name="environment"/> and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DiplomacySim.Server.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, new Uri("http://127.0.0.1/"));
        DataReceivedEventHandler read = (_, line) =>
        {
            if (line.Data is null)
                return;
            lock (started.log)
                started.log.AppendLine(line.Data);
            if (ListeningOn().Match(line.Data) is { Success: true } address)
                listening.TrySetResult(new Uri(address.Groups[1].Value));
        };
        started.process.OutputDataReceived += read;
        started.process.ErrorDataReceived += read;
        started.process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The server exited:\n{started.Log}"));
        started.process.Start();
        started.process.BeginOutputReadLine();
        started.process.BeginErrorReadLine();
        started.Address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(90));
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
