using System.Net.Http.Headers;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Server.Tests.Members;

/// <summary>Bad claims, approvals, denials and nation changes: each a 4xx problem details, never a 500, and nothing made or changed.</summary>
public sealed class ClaimInputTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private static int Tag(string body) => Math.Abs(body.GetHashCode(StringComparison.Ordinal)) % 1_000_000;

    private static async Task<(int Status, string? Type)> SendAsync(DiplomacySimServer server, DiplomacySimClient caller, HttpMethod method, string path, string body)
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", caller.AccessToken);
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("""{"ministries":["foreignAffairs"]}""", 400)]
    [InlineData("""{"nation":"","ministries":[]}""", 400)]
    [InlineData("""{"nation":"RUS","ministries":["emperor"]}""", 400)]
    [InlineData("""{"nation":"RUS","ministries":[99]}""", 400)]
    [InlineData("""{"nation":"RUS","ministries":"defence"}""", 400)]
    [InlineData("""{"nation":"RUS","ministries":["energy"]}""", 422)]
    [InlineData("""{"nation":"ATL","ministries":[]}""", 422)]
    [InlineData("""{"nation":"ATLANTIS-AND-BEYOND","ministries":[]}""", 400)]
    [InlineData("""{"nation":"RUS","nation":"VNM"}""", 400)]
    [InlineData("""{"nation":"RUS","note":NOTE}""", 400)]
    [InlineData("""{"nation":"RUS" """, 400)]
    [InlineData("null", 400)]
    [InlineData("[]", 400)]
    public async Task BadClaims_Are4xxProblemDetails_AndMakeNothing(string body, int status)
    {
        body = body.Replace("NOTE", $"\"{new string('n', 2_001)}\"", StringComparison.Ordinal);
        var gm = await server.NewAccountAsync($"ci.gm{Tag(body)}");
        var game = await server.NewCampaignAsync(gm, $"ci-claim-{Tag(body)}", "public", "application");
        var member = await server.NewAccountAsync($"ci.m{Tag(body)}");
        await member.JoinGameAsync(game);

        var (actual, type) = await SendAsync(server, member, HttpMethod.Post, $"/api/games/{game}/claims", body);

        actual.ShouldBe(status);
        type.ShouldBe("application/problem+json");
        (await gm.ListClaimsAsync(game)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("approve", """{"ministries":["not-a-guid"]}""", 400)]
    [InlineData("approve", """{"ministries":["00000000-0000-0000-0000-000000000001"]}""", 422)]
    [InlineData("approve", """{"ministries":["VNM-MFA"],"note":"x"}""", 400)]
    [InlineData("approve", """{"note":NOTE}""", 400)]
    [InlineData("approve", "[]", 400)]
    [InlineData("deny", """{}""", 400)]
    [InlineData("deny", """{"reason":""}""", 400)]
    [InlineData("deny", """{"reason":NOTE}""", 400)]
    [InlineData("deny", """{"reason":42}""", 400)]
    public async Task BadDecisions_Are4xxProblemDetails_AndTheClaimStaysPending(string decision, string body, int status)
    {
        body = body.Replace("NOTE", $"\"{new string('n', 2_001)}\"", StringComparison.Ordinal);
        var tag = Tag(decision + body);
        var gm = await server.NewAccountAsync($"cd.gm{tag}");
        var game = await server.NewCampaignAsync(gm, $"cd-claim-{tag}", "public", "application");
        var member = await server.NewAccountAsync($"cd.m{tag}");
        await member.JoinGameAsync(game);
        var claim = (await member.SubmitClaimAsync(game, new ClaimRequest("RUS", []))).Id;

        var (actual, type) = await SendAsync(server, gm, HttpMethod.Post, $"/api/games/{game}/claims/{claim}/{decision}", body);

        actual.ShouldBe(status);
        type.ShouldBe("application/problem+json");
        (await gm.ListClaimsAsync(game)).Single().Status.ShouldBe("pending");
        (await gm.GetGameAsync(game)).Ministries.ShouldAllBe(m => m.Holder == null);
    }

    [Theory]
    [InlineData("RUS", """{"claimStatus":"closed"}""", 400)]
    [InlineData("RUS", """{}""", 400)]
    [InlineData("RUS", """{"claimStatus":"reserved","name":"Muscovy"}""", 400)]
    [InlineData("RUS", """{"claimStatus":null}""", 400)]
    [InlineData("ATL", """{"claimStatus":"reserved"}""", 404)]
    public async Task BadNationChanges_Are4xxProblemDetails_AndChangeNothing(string nation, string body, int status)
    {
        var gm = await server.NewAccountAsync($"cn.gm{Tag(nation + body)}");
        var game = await server.NewCampaignAsync(gm, $"cn-nation-{Tag(nation + body)}");

        var (actual, type) = await SendAsync(server, gm, HttpMethod.Patch, $"/api/games/{game}/nations/{nation}", body);

        actual.ShouldBe(status);
        type.ShouldBe("application/problem+json");
        (await gm.GetGameAsync(game)).Nations.ShouldAllBe(n => n.ClaimStatus == "open");
    }
}
