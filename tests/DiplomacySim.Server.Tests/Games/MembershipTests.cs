using System.Net.Http.Headers;
using System.Net.Http.Json;
using DiplomacySim.Testing;

namespace DiplomacySim.Server.Tests.Games;

/// <summary>GET /api/games/{game}/me: what the caller is in the game, which the browser uses to show each user their desks.</summary>
public sealed class MembershipTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private sealed record Membership(string UserName, string Role, IReadOnlyList<Guid> Ministries, IReadOnlyList<string> Nations);

    [Theory]
    [InlineData("rus.mfa", "player", "RUS")]
    [InlineData("gm", "gameMaster", null)]
    [InlineData("spectator", "spectator", null)]
    public async Task Me_TellsTheRoleAndTheNationsHeld(string userName, string role, string? nation)
    {
        var client = await server.SignInAsync(userName);
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", client.AccessToken);

        var me = await http.GetFromJsonAsync<Membership>($"/api/games/{TestWorld.Slug}/me");

        me.ShouldNotBeNull();
        me.UserName.ShouldBe(userName);
        me.Role.ShouldBe(role);
        if (nation is null)
        {
            me.Nations.ShouldBeEmpty();
        }
        else
        {
            me.Nations.ShouldBe([nation]);
            var world = await client.GetGameAsync(TestWorld.Slug);
            me.Ministries.ShouldBe([world.Ministry(nation)]);
        }
    }

    [Fact]
    public async Task Me_WithoutSigningIn_Is401()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync($"/api/games/{TestWorld.Slug}/me");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_ForAnUnknownGame_Is404()
    {
        var client = await server.SignInAsync("rus.mfa");
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", client.AccessToken);

        using var response = await http.GetAsync("/api/games/no-such-game/me");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("GAME_NOT_FOUND");
    }
}
