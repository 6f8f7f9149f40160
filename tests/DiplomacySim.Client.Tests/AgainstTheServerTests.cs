using System.Net;
using DiplomacySim.Client;

namespace DiplomacySim.Client.Tests;

/// <summary>The client against the real server on PostgreSQL: what a bot or tool author relies on.</summary>
public sealed class AgainstTheServerTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task ClientsSharingOneHttpClient_KeepTheirOwnTokens()
    {
        using var http = server.CreateClient();
        var signedIn = new DiplomacySimClient(http);
        var anonymous = new DiplomacySimClient(http);

        await signedIn.LoginAsync("rus.mfa", DiplomacySimServer.DemoPassword);

        (await signedIn.ListGamesAsync()).Select(g => g.Slug).ShouldContain(TestWorld.Slug);
        // The test world is private: without the other client's token, it is not even listed, and reading it is 401.
        (await anonymous.ListGamesAsync()).Select(g => g.Slug).ShouldNotContain(TestWorld.Slug);
        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => anonymous.GetGameAsync(TestWorld.Slug));
        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenFromOneLogin_WorksInAnotherClient()
    {
        var first = await server.SignInAsync("vnm.mfa");
        var second = new DiplomacySimClient(server.CreateClient(), first.AccessToken!);

        var world = await second.GetGameAsync(TestWorld.Slug);

        world.Nations.ShouldContain(n => n.Code == "VNM");
    }

    [Theory]
    [InlineData("no such/game")]
    [InlineData("../games")]
    [InlineData($"{TestWorld.Slug}?x=1")]
    public async Task GameNamesAreEscaped_SoOddNamesAreUnknownGamesNotOtherRoutes(string game)
    {
        var client = await server.SignInAsync("gm");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.GetGameAsync(game));

        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        error.Code.ShouldBe("GAME_NOT_FOUND");
    }

    [Fact]
    public async Task TheExceptionMessage_SaysWhatTheServerSaid()
    {
        var client = await server.SignInAsync("gm");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.GetGameAsync("atlantis-1900"));

        error.Message.ShouldStartWith("The server answered 404 (NotFound): ");
        error.Message.ShouldContain(error.Title!.TrimEnd('.'));
        error.Detail.ShouldNotBeNullOrWhiteSpace();
        error.ResponseText.ShouldBeNull();
        error.Extensions.ShouldContainKey("traceId");
    }
}
