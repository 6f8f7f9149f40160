using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DiplomacySim.Server.Hosting;

/// <summary>
/// Behind a reverse proxy (the documented nginx), the client's address and scheme come from the
/// X-Forwarded-For and X-Forwarded-Proto headers, but only from proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR):
/// trusted from anyone, the headers would let a client pick its own address, and so its own rate-limit
/// bucket; ignored, every signed-out client would share the proxy's one bucket.
/// </summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddForwardedHeadersFromKnownProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only what is configured: the framework's default trusts loopback, which a proxy on the
            // same host is, but a named list says it plainly.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new StartupProblem($"ForwardedHeaders:KnownProxies has '{proxy}', which is not an IP address. List the proxies' addresses, e.g. ForwardedHeaders__KnownProxies__0=10.0.0.5."));
            }
            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new StartupProblem($"ForwardedHeaders:KnownNetworks has '{network}', which is not a network in CIDR form. Write it as 172.18.0.0/16."));
            }
        });
        return services;
    }

    /// <summary>Whether any proxy is configured: without one, the headers are not read at all.</summary>
    public static bool AnyKnownProxy(IConfiguration configuration) =>
        (configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>()?.Length ?? 0)
        + (configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>()?.Length ?? 0) > 0;
}
