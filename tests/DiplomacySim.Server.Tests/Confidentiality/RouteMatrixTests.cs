using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DiplomacySim.Domain.World;
using Microsoft.AspNetCore.Hosting;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// The authorization matrix of the clock, the event log, the demo's accounts and the account routes
/// (register, me, password, sign-out-everywhere): every role, against
/// its own game and another community's, with the documented status; and bad input as a 4xx problem.
/// </summary>
public sealed class RouteMatrixTests(RouteMatrixTests.TwoGames server) : IClassFixture<RouteMatrixTests.TwoGames>
{
    public const string Other = "matrix-elsewhere";

    /// <summary>
    /// The test world and another game, with a GM of that other game, a user of neither, and the server's
    /// operator (named in Accounts:Operators), who runs the server and, being in no game, sees none.
    /// </summary>
    public class TwoGames : DiplomacySimServer
    {
        public const string Operator = "matrix.operator";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:Operators:0", Operator);
        }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await AnotherGame.CreateAsync(this, Other, "matrix.other.gm", GameRole.GameMaster, "matrix.stranger", Operator);
        }
    }

    // role → the status of POST /clock on the test world, of GET /events on it, and of both on the other game.
    public static TheoryData<string, int, int, int> Roles => new()
    {
        { "anonymous", 401, 401, 401 },
        { "stranger", 404, 404, 404 },
        { "operator", 404, 404, 404 },
        { "other-gm", 404, 404, 200 },
        { "spectator", 403, 200, 404 },
        { "rus.mfa", 403, 200, 404 },
        { "gm", 200, 200, 404 },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRole_GetsTheDocumentedStatus_InItsOwnGameAndAnother(string role, int clock, int events, int inOther)
    {
        using var http = await ClientAsync(role);

        (await StatusAsync(http.PostAsJsonAsync($"/api/games/{TestWorld.Slug}/clock", new { days = 1 }))).ShouldBe(clock, "clock");
        (await StatusAsync(http.GetAsync($"/api/games/{TestWorld.Slug}/events?after=0"))).ShouldBe(events, "events");
        (await StatusAsync(http.GetAsync($"/api/games/{Other}/events?after=0"))).ShouldBe(inOther, "events of the other game");
        (await StatusAsync(http.PostAsJsonAsync($"/api/games/{Other}/clock", new { days = 1 }))).ShouldBe(inOther, "clock of the other game");
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("stranger")]
    [InlineData("operator")]
    [InlineData("other-gm")]
    [InlineData("spectator")]
    [InlineData("rus.mfa")]
    [InlineData("gm")]
    public async Task TheDemosAccounts_AreForEveryone_SignedInOrNot(string role)
    {
        using var http = await ClientAsync(role);

        using var response = await http.GetAsync("/api/auth/demo");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enabled").GetBoolean().ShouldBeTrue();
    }

    // role → the status of GET /auth/me, of POST /auth/password with a wrong current password, of
    // POST /auth/sign-out-everywhere, and of POST /auth/register (open to all, signed in or not).
    public static TheoryData<string, int, int, int, int> AccountRoles => new()
    {
        { "anonymous", 401, 401, 401, 201 },
        { "stranger", 200, 400, 204, 201 },
        { "operator", 200, 400, 204, 201 },
        { "rus.mfa", 200, 400, 204, 201 },
        { "gm", 200, 400, 204, 201 },
    };

    [Theory]
    [MemberData(nameof(AccountRoles))]
    public async Task TheAccountRoutes_GiveEachRoleTheDocumentedStatus(string role, int me, int password, int signOut, int register)
    {
        using var http = await ClientAsync(role);

        (await StatusAsync(http.GetAsync("/api/auth/me"))).ShouldBe(me, "me");
        (await StatusAsync(http.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-it", newPassword = "Matrix-Passw0rd!" }))).ShouldBe(password, "password");
        (await StatusAsync(http.PostAsJsonAsync("/api/auth/register", new { userName = $"matrix.new.{role.Replace(".", "", StringComparison.Ordinal)}", password = "Matrix-Passw0rd!", displayName = role }))).ShouldBe(register, "register");
        // Last: it signs this client's own token out.
        (await StatusAsync(http.PostAsync("/api/auth/sign-out-everywhere", null))).ShouldBe(signOut, "sign-out-everywhere");
        if (role != "anonymous")
            (await StatusAsync(http.GetAsync("/api/auth/me"))).ShouldBe(401, "me after signing out everywhere");
    }

    [Theory]
    [InlineData("/api/auth/register", """{"userName":"matrix.bad","password":"Matrix-Passw0rd!"}""")]
    [InlineData("/api/auth/register", """{"userName":"matrix.bad","password":"Matrix-Passw0rd!","displayName":"x","extra":[""")]
    [InlineData("/api/auth/password", """{"currentPassword":"","newPassword":""}""")]
    [InlineData("/api/auth/password", "null")]
    public async Task BadAccountInput_Is400ProblemDetails(string route, string body)
    {
        using var signedIn = await ClientAsync("spectator");

        using var response = await signedIn.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    // role → GET /api/templates, POST /api/games (a new campaign), PATCH of the test world, PATCH of the other game.
    public static TheoryData<string, int, int, int, int> CampaignRoles => new()
    {
        { "anonymous", 401, 401, 401, 401 },
        { "stranger", 200, 201, 404, 404 },
        { "operator", 200, 201, 404, 404 },
        { "other-gm", 200, 201, 404, 200 },
        { "spectator", 200, 201, 403, 404 },
        { "rus.mfa", 200, 201, 403, 404 },
        { "gm", 200, 201, 200, 404 },
    };

    [Theory]
    [MemberData(nameof(CampaignRoles))]
    public async Task TheCampaignRoutes_GiveEachRoleTheDocumentedStatus_InItsOwnGameAndAnother(string role, int templates, int create, int describe, int describeOther)
    {
        using var http = await ClientAsync(role);
        var slug = "matrix-made-" + role.Replace(".", "-", StringComparison.Ordinal);

        (await StatusAsync(http.GetAsync("/api/templates"))).ShouldBe(templates, "templates");
        (await StatusAsync(http.PostAsJsonAsync("/api/games", new { title = "Made in the matrix", slug }))).ShouldBe(create, "create");
        (await StatusAsync(http.PatchAsJsonAsync($"/api/games/{TestWorld.Slug}", new { description = "Described in the matrix." }))).ShouldBe(describe, "describe");
        (await StatusAsync(http.PatchAsJsonAsync($"/api/games/{Other}", new { description = "Described in the matrix." }))).ShouldBe(describeOther, "describe the other game");
    }

    [Theory]
    [InlineData("""{"days":0}""")]
    [InlineData("""{"days":3651}""")]
    [InlineData("""{"days":"soon"}""")]
    [InlineData("""{"days":1,"days":2}""")]
    [InlineData("[]")]
    [InlineData("{")]
    public async Task BadClockInput_Is400ProblemDetails_AndTheDateStands(string body)
    {
        using var gm = await ClientAsync("gm");
        var before = await InGameDateAsync(gm);

        using var response = await gm.PostAsync($"/api/games/{TestWorld.Slug}/clock", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await InGameDateAsync(gm)).ShouldBe(before);
    }

    [Theory]
    [InlineData("after=-1")]
    [InlineData("limit=0")]
    [InlineData("limit=1001")]
    [InlineData("after=yesterday")]
    public async Task BadEventQueries_Are400ProblemDetails(string query)
    {
        using var gm = await ClientAsync("gm");

        using var response = await gm.GetAsync($"/api/games/{TestWorld.Slug}/events?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private static async Task<int> StatusAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        return (int)response.StatusCode;
    }

    private static async Task<string> InGameDateAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>($"/api/games/{TestWorld.Slug}")).GetProperty("inGameDate").GetString()!;

    private Task<HttpClient> ClientAsync(string role) => MatrixRoles.ClientAsync(server, role);
}
