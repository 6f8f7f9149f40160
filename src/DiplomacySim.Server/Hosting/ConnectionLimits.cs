using System.Globalization;

namespace DiplomacySim.Server.Hosting;

/// <summary>
/// How many connections Kestrel holds at once. Each is a file descriptor, and a .NET process that
/// runs out of descriptors dies with "Out of memory." (the harness saw it at its open-files limit of
/// 20,000, with memory to spare). So by default the server stops taking WebSocket upgrades and HTTP
/// connections a little below that limit: a client beyond it is refused and retries, and everyone
/// already connected stays connected.
/// </summary>
internal sealed class ConnectionLimits
{
    public const string UpgradedSetting = "Limits:MaxWebSocketConnections";
    public const string HttpSetting = "Limits:MaxHttpConnections";

    // Descriptors kept for the database pool, Redis, log files and the runtime's own.
    private const long Reserve = 500;
    private const long DefaultHttp = 1_000;

    private long webSockets;

    internal ConnectionLimits(long? openFiles, long? http, long? upgraded) => (OpenFiles, Http, WebSockets) = (openFiles, http, upgraded);

    /// <summary>The process's open-files limit (<c>ulimit -n</c>), when the platform tells.</summary>
    public long? OpenFiles { get; }

    /// <summary>HTTP connections (not upgraded) at once; null for no limit.</summary>
    public long? Http { get; }

    /// <summary>WebSocket connections at once; null for no limit.</summary>
    public long? WebSockets { get; }

    public static void Apply(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var limits = For(OpenFilesLimit(), configuration.GetValue<long?>(HttpSetting), configuration.GetValue<long?>(UpgradedSetting));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxConcurrentConnections = limits.Http;
            kestrel.Limits.MaxConcurrentUpgradedConnections = limits.WebSockets;
        });
        builder.Services.AddSingleton(limits);
    }

    /// <summary>
    /// The limits for an open-files limit and what the configuration sets (0 or less: none). Unset, HTTP
    /// takes 1,000 or a quarter of the descriptors if fewer, and WebSockets what is left of them after
    /// the reserve and the HTTP limit in force, so that the two together stay below the open-files limit.
    /// </summary>
    internal static ConnectionLimits For(long? openFiles, long? configuredHttp, long? configuredWebSockets)
    {
        var http = configuredHttp ?? (openFiles is { } files ? Math.Min(DefaultHttp, files / 4) : null);
        http = http is > 0 ? http : null;
        var upgraded = configuredWebSockets ?? (openFiles is { } f ? f - Reserve - (http ?? 0) : null);
        return new ConnectionLimits(openFiles, http, upgraded is > 0 ? upgraded : null);
    }

    /// <summary>
    /// Refuses a WebSocket request beyond <see cref="WebSockets"/> with 503 and <c>Retry-After</c>.
    /// Kestrel's own limit stays as the backstop, but a request it refuses the upgrade to is answered
    /// with a bare 200 carrying the handshake's headers, which a client reads as a broken server
    /// rather than a full one.
    /// </summary>
    public async Task RefuseBeyondLimitAsync(HttpContext context, RequestDelegate next)
    {
        // The WebSockets middleware runs inside the hub's endpoint, after this one, so the request's own
        // header says whether it asks for one (Kestrel upgrades only a request that may be upgraded).
        if (WebSockets is not { } limit || !string.Equals(context.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        if (Interlocked.Increment(ref webSockets) > limit)
        {
            Interlocked.Decrement(ref webSockets);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            Interlocked.Decrement(ref webSockets);
        }
    }

    /// <summary>For the banner: what this instance holds at most.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"at most {WebSockets?.ToString(CultureInfo.InvariantCulture) ?? "unlimited"} WebSockets and {Http?.ToString(CultureInfo.InvariantCulture) ?? "unlimited"} other HTTP connections (open-files limit {OpenFiles?.ToString(CultureInfo.InvariantCulture) ?? "unknown"})");

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
