using System.Net;
using DiplomacySim.Testing;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>The browser is served at / and at its deep links; the API's own paths are left as they were.</summary>
public sealed class BrowserRoutesTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData($"/games/{TestWorld.Slug}/desk")]
    [InlineData($"/games/{TestWorld.Slug}/claims")]
    [InlineData("/join/some-invitation-code")]
    [InlineData("/campaigns/new")]
    public async Task PageAndDeepLinks_ServeTheBrowser(string path)
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("/js/main.js");
    }

    [Fact]
    public async Task SignalRClient_IsServedFromTheServerItself()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync("/lib/signalr.min.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData($"/api/games/{TestWorld.Slug}/nothing-here")]
    [InlineData("/hubs/nothing-here")]
    public async Task UnknownApiPaths_StayProblemDetails(string path)
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}
