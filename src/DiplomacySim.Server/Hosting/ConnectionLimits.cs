using System.Globalization;

namespace DiplomacySim.Server.Hosting;

/// <summary>
/// How many connections Kestrel holds at once. Each is a file descriptor, and a .NET process that
/// runs out of descriptors dies with "Out of memory." (the harness saw it at its open-files limit of
/// 20,000, with memory to spare). So by default the server stops taking WebSocket upgrades and HTTP
/// connections a little below that limit: a client beyond it is refused and retries, and everyone
/// already connected stays connected.
/// </summary>
internal static class ConnectionLimits
{
    public const string UpgradedSetting = "Limits:MaxWebSocketConnections";
    public const string HttpSetting = "Limits:MaxHttpConnections";

    // Descriptors kept for the database pool, Redis, log files and the runtime's own.
    private const long Reserve = 500;
    private const long DefaultHttp = 1_000;

    public static void Apply(IWebHostBuilder host, IConfiguration configuration)
    {
        var files = OpenFilesLimit();
        var http = configuration.GetValue<long?>(HttpSetting) ?? (files is null ? null : DefaultHttp);
        var upgraded = configuration.GetValue<long?>(UpgradedSetting) ?? (files is { } f && f > 2 * (Reserve + DefaultHttp) ? f - Reserve - DefaultHttp : null);
        host.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxConcurrentConnections = http is > 0 ? http : null;
            kestrel.Limits.MaxConcurrentUpgradedConnections = upgraded is > 0 ? upgraded : null;
        });
    }

    private static long? OpenFilesLimit()
    {
        const string limits = "/proc/self/limits";
        if (!File.Exists(limits))
            return null;
        var line = File.ReadLines(limits).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(3);
        return long.TryParse(soft, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
