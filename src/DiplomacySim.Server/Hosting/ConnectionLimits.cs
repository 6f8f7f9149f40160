using System.Globalization;
using Microsoft.AspNetCore.Http.Features;

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

    private ConnectionLimits(long? openFiles, long? http, long? upgraded) => (OpenFiles, Http, WebSockets) = (openFiles, http, upgraded);

    /// <summary>The process's open-files limit (<c>ulimit -n</c>), when the platform tells.</summary>
    public long? OpenFiles { get; }

    /// <summary>HTTP connections (not upgraded) at once; null for no limit.</summary>
    public long? Http { get; }

    /// <summary>WebSocket connections at once; null for no limit.</summary>
    public long? WebSockets { get; }

    public static ConnectionLimits Apply(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var files = OpenFilesLimit();
        var http = configuration.GetValue<long?>(HttpSetting) ?? (files is null ? null : DefaultHttp);
        var upgraded = configuration.GetValue<long?>(UpgradedSetting) ?? (files is { } f && f > 2 * (Reserve + DefaultHttp) ? f - Reserve - DefaultHttp : null);
        var limits = new ConnectionLimits(files, http is > 0 ? http : null, upgraded is > 0 ? upgraded : null);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxConcurrentConnections = limits.Http;
            kestrel.Limits.MaxConcurrentUpgradedConnections = limits.WebSockets;
        });
        builder.Services.AddSingleton(limits);
        return limits;
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
        // upgrade feature says whether it asks for one.
        if (WebSockets is not { } limit || context.Features.Get<IHttpUpgradeFeature>() is not { IsUpgradableRequest: true }
            || !string.Equals(context.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase))
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
