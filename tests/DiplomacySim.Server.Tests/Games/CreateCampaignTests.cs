using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Games;

/// <summary>
/// A community starts its own campaign (POST /api/games): from a template, an uploaded scenario or a
/// blank world; the creator is its GM; a refusal says what to fix and leaves nothing behind.
/// </summary>
public sealed class CreateCampaignTests(CreateCampaignTests.Community server) : IClassFixture<CreateCampaignTests.Community>
{
    private const string Password = "Campaign-Passw0rd!";

    /// <summary>The test server with two accounts of no game: a would-be GM and someone else.</summary>
    public sealed class Community : DiplomacySimServer
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            using var scope = Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            foreach (var name in new[] { "founder", "passer.by" })
                (await users.CreateAsync(new User(name), Password)).Succeeded.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Templates_ListTheServersScenarioFiles_WithWhatTheyHold()
    {
        using var founder = await ClientAsync("founder");

        var templates = await founder.GetFromJsonAsync<JsonElement>("/api/templates");

        var world = templates.EnumerateArray().Single(t => t.GetProperty("name").GetString() == TestWorld.Slug);
        world.GetProperty("title").GetString().ShouldStartWith("Test world");
        world.GetProperty("inGameDate").GetString().ShouldBe("2018-10-03");
        world.GetProperty("nations").EnumerateArray().Select(n => n.GetString()).ShouldContain("VNM");
        world.GetProperty("description").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task FromATemplate_TheCreatorIsItsGm_AndTheTemplatesAccountsAreNotMembers()
    {
        using var founder = await ClientAsync("founder");

        using var response = await founder.PostAsJsonAsync("/api/games", new
        {
            title = "Pacific season one",
            slug = "pacific-one",
            description = "Our forum's first season.",
            template = TestWorld.Slug,
            visibility = "public",
            joinPolicy = "application",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe("/api/games/pacific-one");
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        created.GetProperty("slug").GetString().ShouldBe("pacific-one");
        (await founder.GetFromJsonAsync<JsonElement>("/api/games/pacific-one/me")).GetProperty("role").GetString().ShouldBe("gameMaster");
        var world = await founder.GetFromJsonAsync<JsonElement>("/api/games/pacific-one");
        world.GetProperty("nations").GetArrayLength().ShouldBe(10);
        world.GetProperty("inGameDate").GetString().ShouldBe("2018-10-03");

        var id = created.GetProperty("id").GetGuid();
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        (await db.GameMembers.CountAsync(m => m.GameId == id)).ShouldBe(1);
        (await db.Ministries.CountAsync(m => m.GameId == id && m.HolderId != null)).ShouldBe(0);
    }

    [Fact]
    public async Task AnUploadedScenario_BecomesTheCampaignsWorld()
    {
        using var founder = await ClientAsync("founder");

        using var response = await founder.PostAsJsonAsync("/api/games", new { slug = "two-isles", scenario = TwoIsles(), visibility = "private", joinPolicy = "inviteOnly" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var world = await founder.GetFromJsonAsync<JsonElement>("/api/games/two-isles");
        world.GetProperty("title").GetString().ShouldBe("The two isles");
        world.GetProperty("nations").EnumerateArray().Select(n => n.GetProperty("code").GetString()).Order().ShouldBe(["NOR", "SOU"]);
        world.GetProperty("installations").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task AnInvalidScenario_Is422WithEveryErrorAndItsPath_AndNothingIsMade()
    {
        using var founder = await ClientAsync("founder");
        var scenario = TwoIsles();
        scenario["nations"]![0]!["code"] = "north";
        scenario["nations"]![1]!["ministries"]![0]!["kind"] = "propaganda";
        scenario["installations"]![0]!["capacity"] = -5;

        using var response = await founder.PostAsJsonAsync("/api/games", new { slug = "broken-isles", scenario });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("SCENARIO_INVALID");
        var paths = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToList();
        paths.ShouldAllBe(p => p!.StartsWith("$", StringComparison.Ordinal));
        problem.GetProperty("errors").EnumerateArray().ShouldAllBe(e => e.GetProperty("message").GetString()!.Length > 10);
        await NoGameAsync("broken-isles");
    }

    [Fact]
    public async Task AScenarioOnAnUnknownRuleset_Is422AtItsPath()
    {
        using var founder = await ClientAsync("founder");
        var scenario = TwoIsles();
        scenario["ruleset"] = "chaos";

        using var response = await founder.PostAsJsonAsync("/api/games", new { slug = "chaos-isles", scenario });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        error.GetProperty("path").GetString().ShouldBe("$.ruleset");
        error.GetProperty("message").GetString()!.ShouldContain("default");
        await NoGameAsync("chaos-isles");
    }

    [Fact]
    public async Task ABlankCampaign_HasNoNations_AndStartsOnItsDate()
    {
        using var founder = await ClientAsync("founder");

        using var response = await founder.PostAsJsonAsync("/api/games", new { title = "A world to build", slug = "blank-slate", inGameDate = "1936-06-01" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var world = await founder.GetFromJsonAsync<JsonElement>("/api/games/blank-slate");
        world.GetProperty("nations").GetArrayLength().ShouldBe(0);
        world.GetProperty("inGameDate").GetString().ShouldBe("1936-06-01");
    }

    [Fact]
    public async Task ATakenSlug_Is409_AndTheFirstCampaignStands()
    {
        using var founder = await ClientAsync("founder");
        using var passerBy = await ClientAsync("passer.by");
        (await founder.PostAsJsonAsync("/api/games", new { title = "First", slug = "first-come" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var second = await passerBy.PostAsJsonAsync("/api/games", new { title = "Second", slug = "first-come" });
        using var demo = await passerBy.PostAsJsonAsync("/api/games", new { title = "Again", slug = TestWorld.Slug });

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("SLUG_TAKEN");
        demo.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await founder.GetFromJsonAsync<JsonElement>("/api/games/first-come")).GetProperty("title").GetString().ShouldBe("First");
    }

    [Theory]
    [InlineData("""{"title":"x","slug":"ab"}""", "slug")]
    [InlineData("""{"title":"x","slug":"Has Spaces"}""", "slug")]
    [InlineData("""{"title":"x"}""", "slug")]
    [InlineData("""{"slug":"no-title"}""", "title")]
    [InlineData("""{"slug":"no-such","template":"atlantis"}""", "template")]
    [InlineData("""{"slug":"both-ways","template":"test-world","scenario":{}}""", "template")]
    [InlineData("""{"slug":"array-world","scenario":[]}""", "scenario")]
    [InlineData("""{"slug":"dated","template":"test-world","inGameDate":"2020-01-01"}""", "inGameDate")]
    public async Task BadInput_Is400_NamingTheField(string body, string field)
    {
        using var founder = await ClientAsync("founder");

        using var response = await founder.PostAsync("/api/games", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(body);
    }

    [Theory]
    [InlineData("""{"title":"x","slug":"twice","slug":"again"}""")]
    [InlineData("""{"title":"x","slug":"bad-visibility","visibility":"secret"}""")]
    [InlineData("""{"title":"x","slug":"bad-date","inGameDate":"tomorrow"}""")]
    [InlineData("{")]
    [InlineData("[]")]
    public async Task UnreadableInput_Is400ProblemDetails(string body)
    {
        using var founder = await ClientAsync("founder");

        using var response = await founder.PostAsync("/api/games", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task AnOversizedScenario_IsRefused_AndNothingIsMade()
    {
        using var founder = await ClientAsync("founder");
        var scenario = TwoIsles();
        scenario["description"] = new string('x', 5 * 1024 * 1024);

        using var response = await founder.PostAsJsonAsync("/api/games", new { slug = "huge-isles", scenario });

        ((int)response.StatusCode).ShouldBeInRange(400, 499);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        await NoGameAsync("huge-isles");
    }

    [Fact]
    public async Task TheList_ShowsMyCampaignsWithMyRole_ThenPublicOnes_NeverOthersPrivateOrUnlisted()
    {
        using var founder = await ClientAsync("founder");
        using var passerBy = await ClientAsync("passer.by");
        foreach (var (slug, visibility) in new[] { ("open-square", "public"), ("by-link", "unlisted"), ("back-room", "private") })
            (await founder.PostAsJsonAsync("/api/games", new { title = slug, slug, visibility })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var mine = await founder.GetFromJsonAsync<JsonElement>("/api/games");
        var theirs = await passerBy.GetFromJsonAsync<JsonElement>("/api/games");

        Role(mine, "back-room").ShouldBe("gameMaster");
        Role(mine, "by-link").ShouldBe("gameMaster");
        Role(theirs, "open-square").ShouldBe("none");
        theirs.EnumerateArray().Select(g => g.GetProperty("slug").GetString()).ShouldNotContain("by-link");
        theirs.EnumerateArray().Select(g => g.GetProperty("slug").GetString()).ShouldNotContain("back-room");
        theirs.EnumerateArray().Select(g => g.GetProperty("slug").GetString()).ShouldNotContain(TestWorld.Slug);
        var square = theirs.EnumerateArray().Single(g => g.GetProperty("slug").GetString() == "open-square");
        square.GetProperty("visibility").GetString().ShouldBe("public");
        square.GetProperty("joinPolicy").GetString().ShouldBe("inviteOnly");
    }

    [Fact]
    public async Task TheGm_ChangesTheListing_OthersMayNot()
    {
        using var founder = await ClientAsync("founder");
        using var passerBy = await ClientAsync("passer.by");
        (await founder.PostAsJsonAsync("/api/games", new { title = "Draft title", slug = "to-describe" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var stranger = await passerBy.PatchAsJsonAsync("/api/games/to-describe", new { title = "Mine now" });
        using var changed = await founder.PatchAsJsonAsync("/api/games/to-describe", new { title = "The real title", visibility = "public", joinPolicy = "open" });
        using var blank = await founder.PatchAsJsonAsync("/api/games/to-describe", new { title = "  " });

        stranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = await changed.Content.ReadFromJsonAsync<JsonElement>();
        (view.GetProperty("title").GetString(), view.GetProperty("visibility").GetString(), view.GetProperty("joinPolicy").GetString())
            .ShouldBe(("The real title", "public", "open"));
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // The world says what the listing says, so a page that opens the campaign can describe it.
        var world = await founder.GetFromJsonAsync<JsonElement>("/api/games/to-describe");
        (world.GetProperty("title").GetString(), world.GetProperty("visibility").GetString(), world.GetProperty("joinPolicy").GetString())
            .ShouldBe(("The real title", "public", "open"));
    }

    [Fact]
    public async Task APlayer_MayNotChangeTheirGamesListing()
    {
        using var player = server.CreateClient();
        player.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await server.SignInAsync("rus.mfa")).AccessToken);

        using var response = await player.PatchAsJsonAsync($"/api/games/{TestWorld.Slug}", new { visibility = "public" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("GET", "/api/templates")]
    [InlineData("POST", "/api/games")]
    [InlineData("PATCH", "/api/games/test-world")]
    public async Task SignedOut_Is401(string method, string path)
    {
        using var anonymous = server.CreateClient();

        using var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "GET" ? null : new StringContent("""{"title":"x","slug":"anon-game"}""", Encoding.UTF8, "application/json"),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await NoGameAsync("anon-game");
    }

    private static string? Role(JsonElement games, string slug) =>
        games.EnumerateArray().SingleOrDefault(g => g.GetProperty("slug").GetString() == slug) is { ValueKind: JsonValueKind.Object } game
            ? game.GetProperty("role").GetString()
            : null;

    // A scenario of our own: two island states, one port.
    private static JsonObject TwoIsles() => JsonNode.Parse("""
        {
          "slug": "ignored-slug",
          "title": "The two isles",
          "description": "Two island states share a strait and distrust each other.",
          "inGameDate": "1990-05-01",
          "ruleset": "default",
          "relationsVisibility": "public",
          "defaultMission": "open",
          "nations": [
            { "code": "NOR", "name": "Northern Isle", "aliases": [], "region": "strait", "interests": [], "rivals": ["SOU"], "blocs": [],
              "ministries": [ { "kind": "foreignAffairs", "title": "Foreign Office of the Northern Isle" } ] },
            { "code": "SOU", "name": "Southern Isle", "aliases": [], "region": "strait", "interests": [], "rivals": [], "blocs": [],
              "ministries": [ { "kind": "foreignAffairs", "title": "Foreign Office of the Southern Isle" }, { "kind": "defence", "title": "Defence Office of the Southern Isle" } ] }
          ],
          "installations": [ { "nation": "SOU", "name": "Harbour Point", "aliases": [], "kind": "navalBase", "capacity": 800 } ]
        }
        """)!.AsObject();

    private async Task NoGameAsync(string slug)
    {
        using var scope = server.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<GameDbContext>().Games.AnyAsync(g => g.Slug == slug)).ShouldBeFalse(slug);
    }

    private async Task<HttpClient> ClientAsync(string userName)
    {
        var http = server.CreateClient();
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
