using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// The authorization matrix of the claims routes and PATCH .../nations/{code}: every role against the
/// test world (private, here taking applications) and another community's game, with the documented
/// status. Claims made here wait for a GM (LAO is unplayed), so nobody's seat changes.
/// </summary>
public sealed class ClaimsRouteMatrixTests(ClaimsRouteMatrixTests.ApplicationWorld server) : IClassFixture<ClaimsRouteMatrixTests.ApplicationWorld>
{
    private const string Game = TestWorld.Slug;
    private const string Other = RouteMatrixTests.Other;
    private static readonly Guid NoClaim = Guid.Parse("00000000-0000-0000-0000-00000000c1a1");

    /// <summary>The two games of the route matrix, with the test world's join policy set to application by its GM.</summary>
    public sealed class ApplicationWorld : RouteMatrixTests.TwoGames
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            using var gm = await ClientAsync(this, "gm");
            using var patched = await gm.PatchAsJsonAsync($"/api/games/{Game}", new { joinPolicy = "application" });
            patched.EnsureSuccessStatusCode();
        }
    }

    // role → POST claims (LAO), GET claims, approve an unknown claim, deny an unknown claim, PATCH a nation's
    // claim status (to what it is), and GET claims of the other game.
    public static TheoryData<string, int[]> Roles => new()
    {
        { "anonymous", [401, 401, 401, 401, 401, 401] },
        { "stranger", [404, 404, 404, 404, 404, 404] },
        { "other-gm", [404, 404, 404, 404, 404, 200] },
        { "operator", [404, 404, 404, 404, 404, 404] },
        { "spectator", [201, 200, 403, 403, 403, 404] },
        { "rus.mfa", [201, 200, 403, 403, 403, 404] },
        { "vnm.mfa", [201, 200, 403, 403, 403, 404] },
        { "gm", [201, 200, 404, 404, 200, 404] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRole_GetsTheDocumentedStatus_InItsOwnGameAndAnother(string role, int[] expected)
    {
        using var http = await ClientAsync(server, role);

        int[] actual =
        [
            await StatusAsync(http.PostAsJsonAsync($"/api/games/{Game}/claims", new { nation = "LAO", ministries = Array.Empty<string>(), note = "Matrix." })),
            await StatusAsync(http.GetAsync($"/api/games/{Game}/claims")),
            await StatusAsync(http.PostAsJsonAsync($"/api/games/{Game}/claims/{NoClaim}/approve", new { note = "Matrix." })),
            await StatusAsync(http.PostAsJsonAsync($"/api/games/{Game}/claims/{NoClaim}/deny", new { reason = "Matrix." })),
            await StatusAsync(http.PatchAsJsonAsync($"/api/games/{Game}/nations/LAO", new { claimStatus = "open" })),
            await StatusAsync(http.GetAsync($"/api/games/{Other}/claims")),
        ];

        actual.ShouldBe(expected);
    }

    [Fact]
    public async Task APendingClaim_IsDecidedByItsGameMastersOnly_AndShownToItsClaimantOnly()
    {
        using var claimant = await ClientAsync(server, "rus.mod");
        using var created = await claimant.PostAsJsonAsync($"/api/games/{Game}/claims", new { nation = "KHM", ministries = new[] { "foreignAffairs" } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        foreach (var role in new[] { "rus.mod", "rus.mfa", "vnm.mfa", "spectator" })
        {
            using var http = await ClientAsync(server, role);
            (await StatusAsync(http.PostAsJsonAsync($"/api/games/{Game}/claims/{id}/approve", new { }))).ShouldBe(403, role);
            var listed = await http.GetFromJsonAsync<JsonElement>($"/api/games/{Game}/claims");
            listed.EnumerateArray().Any(c => c.GetProperty("id").GetGuid() == id).ShouldBe(role == "rus.mod", role);
        }
        using var otherGm = await ClientAsync(server, "other-gm");
        (await StatusAsync(otherGm.PostAsJsonAsync($"/api/games/{Other}/claims/{id}/approve", new { }))).ShouldBe(404);
        using var gm = await ClientAsync(server, "gm");
        var queue = await gm.GetFromJsonAsync<JsonElement>($"/api/games/{Game}/claims");
        queue.EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id).GetProperty("status").GetString().ShouldBe("pending");
    }

    private static async Task<int> StatusAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return (int)response.StatusCode;
    }

    private static Task<HttpClient> ClientAsync(DiplomacySimServer server, string role) => MatrixRoles.ClientAsync(server, role);
}
