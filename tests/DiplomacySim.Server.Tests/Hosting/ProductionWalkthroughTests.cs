using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacySim.Testing;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// The README's "A new server" walkthrough, run as written: the built server as its own process in the
/// Production environment (no demo) on an empty PostgreSQL database; the operator's setup code read from
/// its log; then the operator's first campaign, an invitation and a player who takes it, over HTTP with
/// the README's JSON bodies.
/// </summary>
public sealed partial class ProductionWalkthroughTests : IAsyncLifetime
{
    private const string Password = "Choose-a-l0ng-one!";
    private string database = "";
    private ServerProcess server = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        database = await TestPostgres.CreateDatabaseAsync();
        server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Postgres"] = database,
        });
        http = new HttpClient { BaseAddress = server.Address };
    }

    public async Task DisposeAsync()
    {
        http?.Dispose();
        if (server is not null)
            await server.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(database);
    }

    [Fact]
    public async Task FromAnEmptyDatabase_TheOperatorRegistersWithTheSetupCode_CreatesACampaign_AndAPlayerJoinsByInvitation()
    {
        // No demo: the sign-in page is told there are no demo accounts, and there is no game.
        var demo = await JsonAsync(HttpMethod.Get, "/api/auth/demo");
        demo.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        (await JsonAsync(HttpMethod.Get, "/api/games")).GetArrayLength().ShouldBe(0);

        var code = SetupCode().Match(server.Log).Groups[1].Value;
        code.ShouldNotBeNullOrEmpty("the log says the setup code of a server without an operator");
        await JsonAsync(HttpMethod.Post, "/api/auth/register",
            $$"""{"userName":"operator","password":"{{Password}}","displayName":"The Operator","setupCode":"{{code}}"}""", expect: HttpStatusCode.Created);
        var token = await TokenAsync("operator");
        var me = await JsonAsync(HttpMethod.Get, "/api/auth/me", token: token);
        me.GetProperty("isOperator").GetBoolean().ShouldBeTrue();

        var templates = await JsonAsync(HttpMethod.Get, "/api/templates", token: token);
        templates.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldContain("rus-vnm-2018");
        var created = await JsonAsync(HttpMethod.Post, "/api/games",
            """{"title":"Pacific Realignment, season 1","slug":"pacific-s1","template":"rus-vnm-2018","visibility":"public","joinPolicy":"application"}""",
            token, HttpStatusCode.Created);
        created.GetProperty("slug").GetString().ShouldBe("pacific-s1");

        var invitation = await JsonAsync(HttpMethod.Post, "/api/games/pacific-s1/invitations",
            """{"role":"player","expiresInDays":7,"maxUses":1,"nation":"VNM"}""", token, HttpStatusCode.Created);
        await JsonAsync(HttpMethod.Post, "/api/auth/register",
            $$"""{"userName":"lan","password":"{{Password}}","displayName":"Lan, Foreign Ministry"}""", expect: HttpStatusCode.Created);
        var player = await TokenAsync("lan");
        var accepted = await JsonAsync(HttpMethod.Post, $"/api/invitations/{invitation.GetProperty("code").GetString()}/accept", token: player);

        accepted.GetProperty("role").GetString().ShouldBe("player");
        var members = await JsonAsync(HttpMethod.Get, "/api/games/pacific-s1/members", token: token);
        members.EnumerateArray().Select(m => (m.GetProperty("userName").GetString(), m.GetProperty("role").GetString()))
            .ShouldBe([("lan", "player"), ("operator", "gameMaster")], ignoreOrder: true);
        // Signed out, a visitor finds the public campaign and reads its world.
        var listed = await JsonAsync(HttpMethod.Get, "/api/games");
        listed.EnumerateArray().Select(g => g.GetProperty("slug").GetString()).ShouldBe(["pacific-s1"]);
        (await JsonAsync(HttpMethod.Get, "/api/games/pacific-s1")).GetProperty("nations").GetArrayLength().ShouldBeGreaterThan(0);
        // Nothing failed on the way: no error or exception was logged.
        server.Failures.ShouldBeEmpty(server.Log);
    }

    private async Task<string> TokenAsync(string userName)
    {
        var login = await JsonAsync(HttpMethod.Post, "/api/auth/login", $$"""{"userName":"{{userName}}","password":"{{Password}}"}""");
        return login.GetProperty("accessToken").GetString()!;
    }

    private async Task<JsonElement> JsonAsync(HttpMethod method, string path, string? body = null, string? token = null, HttpStatusCode expect = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expect, $"{method} {path}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [GeneratedRegex(@"one-time setup code ([0-9A-F-]+)")]
    private static partial Regex SetupCode();
}
