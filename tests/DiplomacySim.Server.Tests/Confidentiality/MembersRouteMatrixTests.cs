using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// The authorization matrix of the members, invitations, join and seat routes: every role against the
/// test world (private) and another community's game, with the documented status. Nothing here changes
/// who is in the test world: the seat is given to the one who holds it, removals name nobody.
/// </summary>
public sealed class MembersRouteMatrixTests(RouteMatrixTests.TwoGames server) : IClassFixture<RouteMatrixTests.TwoGames>
{
    private const string Game = TestWorld.Slug;
    private const string Other = RouteMatrixTests.Other;

    // role → GET members, GET invitations, POST invitations, DELETE an unknown invitation, PUT a seat to its holder,
    // DELETE a member who is none, POST join, and GET members of the other game.
    public static TheoryData<string, int[]> Roles => new()
    {
        { "anonymous", [401, 401, 401, 401, 401, 401, 401, 401] },
        { "stranger", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "operator", [404, 404, 404, 404, 404, 404, 404, 404] },
        { "other-gm", [404, 404, 404, 404, 404, 404, 404, 200] },
        { "spectator", [200, 403, 403, 403, 403, 403, 200, 404] },
        { "rus.mfa", [200, 403, 403, 403, 403, 403, 200, 404] },
        { "gm", [200, 200, 201, 404, 200, 404, 200, 404] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRole_GetsTheDocumentedStatus_InItsOwnGameAndAnother(string role, int[] expected)
    {
        using var http = await ClientAsync(role);
        using var gm = await ClientAsync("gm");
        var rusMfa = (await gm.GetFromJsonAsync<JsonElement>($"/api/games/{Game}")).GetProperty("ministries").EnumerateArray()
            .First(m => m.GetProperty("holder").GetString() == "rus.mfa").GetProperty("id").GetGuid();

        int[] actual =
        [
            await StatusAsync(http.GetAsync($"/api/games/{Game}/members")),
            await StatusAsync(http.GetAsync($"/api/games/{Game}/invitations")),
            await StatusAsync(http.PostAsJsonAsync($"/api/games/{Game}/invitations", new { role = "spectator", expiresInDays = 1, maxUses = 1 })),
            await StatusAsync(http.DeleteAsync($"/api/games/{Game}/invitations/no-such-code")),
            await StatusAsync(http.PutAsJsonAsync($"/api/games/{Game}/ministries/{rusMfa}/holder", new { userName = "rus.mfa" })),
            await StatusAsync(http.DeleteAsync($"/api/games/{Game}/members/matrix.nobody")),
            await StatusAsync(http.PostAsync($"/api/games/{Game}/join", null)),
            await StatusAsync(http.GetAsync($"/api/games/{Other}/members")),
        ];

        actual.ShouldBe(expected);
    }

    [Theory]
    [InlineData("anonymous", 401)]
    [InlineData("stranger", 410)]
    [InlineData("operator", 410)]
    [InlineData("other-gm", 410)]
    [InlineData("spectator", 410)]
    [InlineData("gm", 410)]
    public async Task AcceptingAnUnknownCode_Is410ForEveryoneSignedIn(string role, int status)
    {
        using var http = await ClientAsync(role);

        using var response = await http.PostAsync("/api/invitations/AAAAAAAAAAAAAAAAAAAAAA/accept", null);

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task AnInvitationOfTheOtherGame_CannotBeRevokedFromThisOne()
    {
        using var otherGm = await ClientAsync("other-gm");
        using var gm = await ClientAsync("gm");
        using var made = await otherGm.PostAsJsonAsync($"/api/games/{Other}/invitations", new { role = "spectator", expiresInDays = 1, maxUses = 1 });
        var code = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

        (await StatusAsync(gm.DeleteAsync($"/api/games/{Game}/invitations/{code}"))).ShouldBe(404);
        var listed = await otherGm.GetFromJsonAsync<JsonElement>($"/api/games/{Other}/invitations");
        listed.EnumerateArray().Single(i => i.GetProperty("code").GetString() == code).GetProperty("revoked").GetBoolean().ShouldBeFalse();
    }

    private static async Task<int> StatusAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return (int)response.StatusCode;
    }

    private Task<HttpClient> ClientAsync(string role) => MatrixRoles.ClientAsync(server, role);
}
