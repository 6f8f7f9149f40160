using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// One server instance as a separate process on 127.0.0.1, the way it runs in production (Release,
/// Production environment, PostgreSQL), so that kill -9 and memory readings are of the server alone.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly string dll;
    private readonly Dictionary<string, string> settings;
    private readonly string logPath;
    private Process? process;

    public ServerProcess(string dll, string connectionString, string logDirectory, IReadOnlyDictionary<string, string>? extra = null)
    {
        this.dll = dll;
        Port = FreePort();
        logPath = Path.Combine(logDirectory, $"server-{Port}.log");
        settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = connectionString,
            ["Demo__Enabled"] = "true",
            ["Urls"] = $"http://127.0.0.1:{Port}",
            ["Logging__LogLevel__Default"] = "Warning",
            // The harness measures the server, not its limits: drills that want them turn them on.
            ["RateLimits__Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
            settings[key] = value;
        // Runtime settings to try on every server of a run, e.g. "DOTNET_gcServer=0;DOTNET_GCgen0size=0x1000000".
        foreach (var pair in (Environment.GetEnvironmentVariable(ServerEnvironment) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at > 0)
                settings[pair[..at]] = pair[(at + 1)..];
        }
    }

    /// <summary>The variable whose <c>NAME=value;...</c> pairs every server of the run is started with.</summary>
    public const string ServerEnvironment = "DIPLOMACYSIM_HARNESS_SERVER_ENV";

    /// <summary>What <see cref="ServerEnvironment"/> added, for the report ("" when nothing).</summary>
    public static string ExtraEnvironment => Environment.GetEnvironmentVariable(ServerEnvironment) ?? "";

    public int Port { get; }
    public Uri Root => new($"http://127.0.0.1:{Port}/");
    public int Pid => process?.Id ?? throw new InvalidOperationException("The server is not running.");
    public bool Running => process is { HasExited: false };

    /// <summary>Starts the server and waits until it answers /health/ready.</summary>
    public async Task StartAsync(TimeSpan? patience = null)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}.");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (log) log.WriteLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitReadyAsync(patience ?? TimeSpan.FromSeconds(90));
    }

    private async Task WaitReadyAsync(TimeSpan patience)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < patience)
        {
            if (process!.HasExited)
                throw new InvalidOperationException($"The server exited with {process.ExitCode} while starting; see {logPath}.");
            try
            {
                if ((await http.GetAsync(new Uri(Root, "health/ready"))).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The server did not become ready within {patience}; see {logPath}.");
    }

    /// <summary>kill -9: no shutdown hooks, no flush, as a crash or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        if (process is null || process.HasExited)
            return;
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM and a graceful stop, then kill -9 if it takes too long.</summary>
    public async Task StopAsync()
    {
        if (process is null || process.HasExited)
            return;
        _ = Kill(process.Id, 15);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
        }
    }

    /// <summary>The server's resident memory (VmRSS), managed heap, native buffers and all.</summary>
    public long ResidentBytes() => ProcStatus("VmRSS:") * 1024;

    /// <summary>Anonymous resident memory (RssAnon): the heaps, without the mapped code of the runtime and assemblies.</summary>
    public long AnonymousBytes() => ProcStatus("RssAnon:") * 1024;

    public long Threads() => ProcStatus("Threads:");

    /// <summary>File descriptors the server holds: one per socket, and its files.</summary>
    public int Descriptors() => Descriptors(Pid.ToString(CultureInfo.InvariantCulture));

    /// <summary>The server's own open-files limit (soft), or null when it cannot be read.</summary>
    public long? OpenFilesLimit() => OpenFilesLimit(Pid.ToString(CultureInfo.InvariantCulture));

    /// <summary>File descriptors a process holds (<paramref name="pid"/> "self" for the harness).</summary>
    public static int Descriptors(string pid) => Directory.GetFiles($"/proc/{pid}/fd").Length;

    /// <summary>A process's open-files limit (soft), or null when it cannot be read.</summary>
    public static long? OpenFilesLimit(string pid)
    {
        var line = File.ReadLines($"/proc/{pid}/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(3);
        return long.TryParse(soft, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    public string LogTail(int lines) => File.Exists(logPath) ? string.Join('\n', File.ReadLines(logPath).TakeLast(lines)) : "";

    public string LogPath => logPath;

    private long ProcStatus(string field)
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process?.Dispose();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
