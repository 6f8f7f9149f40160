using System.Net;
using DiplomacySim.Testing;

namespace DiplomacySim.Server.Tests.Hosting;

public sealed class HealthAndReferenceTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthyOnPostgres(string path)
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheGamesRoutes()
    {
        using var http = server.CreateClient();

        var document = await http.GetStringAsync("/openapi/v1.json");

        document.ShouldContain("\"/api/games/{game}\"");
        document.ShouldContain("\"/api/auth/login\"");
    }

    [Fact]
    public async Task ApiReferencePage_IsServedWithoutSigningIn()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync("/scalar");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task UnknownRoute_Is404ProblemDetails()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync("/api/nothing-here");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}
