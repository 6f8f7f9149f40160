using System.Threading.RateLimiting;
using DiplomacySim.Server.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace DiplomacySim.Server.Realtime;

/// <summary>Hub calls per player: a call beyond the player's bucket fails with "RATE_LIMITED: ..." and does nothing.</summary>
internal sealed class RateLimitHubFilter(RateLimitOptions limits) : IHubFilter, IDisposable
{
    private readonly PartitionedRateLimiter<HubInvocationContext> limiter = PartitionedRateLimiter.Create<HubInvocationContext, string>(call =>
        RateLimitOptions.Bucket(RateLimitOptions.Partition(call.Context.User, call.Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString()),
            limits.HubCallsPerSecond, limits.HubBurst));

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        using var lease = limiter.AttemptAcquire(invocationContext);
        if (!lease.IsAcquired)
            throw new HubException($"{RateLimitOptions.Code}: A player may make {limits.HubCallsPerSecond} hub calls a second ({limits.HubBurst} at once). Wait a second and call again.");
        return await next(invocationContext);
    }

    public void Dispose() => limiter.Dispose();
}
