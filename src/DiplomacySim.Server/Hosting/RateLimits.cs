using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using DiplomacySim.Server.Realtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

namespace DiplomacySim.Server.Hosting;

/// <summary>
/// The "RateLimits" section: a token bucket per player (per address before sign-in) for HTTP
/// requests, and another for hub calls. Generous for a person at a keyboard; a runaway bot or a
/// flood gets 429 <c>RATE_LIMITED</c> (HTTP) or a <c>RATE_LIMITED:</c> hub error instead of the
/// other players' share of the server. Off by default in the Testing environment.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public const string Code = "RATE_LIMITED";

    public bool Enabled { get; set; } = true;

    /// <summary>HTTP requests a player may make per second, sustained.</summary>
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>HTTP requests a player may make at once after a quiet spell.</summary>
    public int Burst { get; set; } = 100;

    public int HubCallsPerSecond { get; set; } = 5;

    public int HubBurst { get; set; } = 20;

    internal static RateLimitOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new RateLimitOptions { Enabled = !environment.IsEnvironment("Testing") };
        configuration.GetSection(Section).Bind(options);
        return options;
    }

    internal static RateLimitPartition<string> Bucket(string key, int perSecond, int burst) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    /// <summary>The signed-in player, or the address a request came from before sign-in.</summary>
    internal static string Partition(ClaimsPrincipal? user, string? address) =>
        user?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? "user:" + id : "address:" + (address ?? "unknown");
}

internal static class RateLimitRegistration
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var limits = RateLimitOptions.From(configuration, environment);
        services.AddSingleton(limits);
        if (!limits.Enabled)
            return services;
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitOptions.Bucket(RateLimitOptions.Partition(http.User, http.Connection.RemoteIpAddress?.ToString()), limits.PermitsPerSecond, limits.Burst));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = "1";
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = string.Create(CultureInfo.InvariantCulture, $"A player may make {limits.PermitsPerSecond} requests a second ({limits.Burst} at once). Retry after the Retry-After interval."),
                        Extensions = { ["code"] = RateLimitOptions.Code },
                    },
                });
            };
        });
        services.AddSingleton<RateLimitHubFilter>();
        services.Configure<HubOptions>(hub => hub.AddFilter<RateLimitHubFilter>());
        return services;
    }
}
