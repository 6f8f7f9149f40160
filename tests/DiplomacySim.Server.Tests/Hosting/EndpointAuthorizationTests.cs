using DiplomacySim.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// Every API route says who may call it: an authorization policy (signed in, or the readers' policy of
/// a campaign's reads) or an explicit allowance for everyone. A route mapped outside a group that
/// requires sign-in would otherwise be open by omission.
/// </summary>
public sealed class EndpointAuthorizationTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public void EveryApiRoute_NamesWhoMayCallIt()
    {
        var routes = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .ToList();

        routes.Count.ShouldBeGreaterThan(20);
        routes.Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.DisplayName)
            .ShouldBeEmpty();
    }
}
