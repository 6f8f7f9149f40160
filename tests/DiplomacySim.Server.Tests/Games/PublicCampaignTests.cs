using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Games;

/// <summary>
/// A public campaign is read without an account, as forum spectators read a season's threads: its
/// world, its public events, letters, relations and agreements; never a confidential or secret letter,
/// and nothing it does not show its own spectators. A private campaign stays members-only.
/// </summary>
public sealed class PublicCampaignTests(PublicCampaignTests.Season server) : IClassFixture<PublicCampaignTests.Season>
{
    private const string Password = "Season-Passw0rd!";
    private const string Public = "open-season";
    private const string Private = "closed-season";

    /// <summary>A GM with a public campaign holding one public and one secret letter, a private campaign, and a stranger.</summary>
    public sealed class Season : DiplomacySimServer
    {
        public Guid PublicLetter { get; private set; }
        public Guid SecretLetter { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            using (var scope = Services.CreateScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
                foreach (var name in new[] { "season.gm", "season.stranger" })
                    (await users.CreateAsync(new User(name), Password)).Succeeded.ShouldBeTrue();
            }
            using var gm = await SignedInAsync(this, "season.gm");
            (await gm.PostAsJsonAsync("/api/games", new { slug = Public, template = TestWorld.Slug, visibility = "public" })).EnsureSuccessStatusCode();
            (await gm.PostAsJsonAsync("/api/games", new { slug = Private, template = TestWorld.Slug, visibility = "private" })).EnsureSuccessStatusCode();
            var world = await gm.GetFromJsonAsync<JsonElement>($"/api/games/{Public}");
            Guid Foreign(string nation) => world.GetProperty("ministries").EnumerateArray()
                .First(m => m.GetProperty("nation").GetString() == nation && m.GetProperty("kind").GetString() == "foreignAffairs").GetProperty("id").GetGuid();
            async Task<Guid> SendAsync(string classification, string subject)
            {
                using var sent = await gm.PostAsJsonAsync($"/api/games/{Public}/communiques", new
                {
                    fromMinistry = Foreign("RUS"),
                    toMinistry = Foreign("VNM"),
                    subject,
                    classification,
                    body = "A letter of the season.",
                    clauses = Array.Empty<object>(),
                });
                sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
                return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }
            PublicLetter = await SendAsync("public", "An open letter on fisheries");
            SecretLetter = await SendAsync("secret", "Marker-of-the-secret-letter");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("/events?after=0")]
    [InlineData("/relations")]
    [InlineData("/relations/RUS/VNM")]
    [InlineData("/agreements")]
    [InlineData("/communiques")]
    public async Task WithoutAnAccount_APublicCampaignIsReadable_AndShowsNoSecret(string path)
    {
        using var anonymous = server.CreateClient();

        using var response = await anonymous.GetAsync($"/api/games/{Public}{path}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain("Marker-of-the-secret-letter");
        body.ShouldNotContain(server.SecretLetter.ToString());
    }

    [Fact]
    public async Task WithoutAnAccount_ThePublicLetterReads_TheSecretOneIsNotThere()
    {
        using var anonymous = server.CreateClient();

        var letters = await anonymous.GetFromJsonAsync<JsonElement>($"/api/games/{Public}/communiques");
        using var open = await anonymous.GetAsync($"/api/games/{Public}/communiques/{server.PublicLetter}");
        using var secret = await anonymous.GetAsync($"/api/games/{Public}/communiques/{server.SecretLetter}");
        using var openExport = await anonymous.GetAsync($"/api/games/{Public}/communiques/{server.PublicLetter}/export");
        using var secretExport = await anonymous.GetAsync($"/api/games/{Public}/communiques/{server.SecretLetter}/export");

        letters.EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldBe([server.PublicLetter]);
        open.StatusCode.ShouldBe(HttpStatusCode.OK);
        secret.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        openExport.StatusCode.ShouldBe(HttpStatusCode.OK);
        secretExport.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASignedInStranger_ReadsAsMuchAsAnyone_ButActsAsNobody()
    {
        using var stranger = await SignedInAsync(server, "season.stranger");
        var world = await stranger.GetFromJsonAsync<JsonElement>($"/api/games/{Public}");
        var ministry = world.GetProperty("ministries")[0].GetProperty("id").GetGuid();

        var events = await stranger.GetFromJsonAsync<JsonElement>($"/api/games/{Public}/events?after=0");
        using var me = await stranger.GetAsync($"/api/games/{Public}/me");
        using var send = await stranger.PostAsJsonAsync($"/api/games/{Public}/communiques", new
        {
            fromMinistry = ministry,
            toMinistry = ministry,
            subject = "Let me in",
            classification = "public",
            body = "x",
            clauses = Array.Empty<object>(),
        });
        using var clock = await stranger.PostAsJsonAsync($"/api/games/{Public}/clock", new { days = 1 });

        events.GetRawText().ShouldNotContain(server.SecretLetter.ToString());
        events.GetArrayLength().ShouldBeGreaterThan(0);
        me.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        send.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        clock.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APrivateCampaign_Is401WithoutAnAccount_And404ToAStranger()
    {
        using var anonymous = server.CreateClient();
        using var stranger = await SignedInAsync(server, "season.stranger");

        using var signedOut = await anonymous.GetAsync($"/api/games/{Private}");
        using var outsider = await stranger.GetAsync($"/api/games/{Private}/events?after=0");

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await signedOut.Content.ReadAsStringAsync()).ShouldContain("NOT_SIGNED_IN");
        outsider.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.Content.ReadAsStringAsync()).ShouldContain("GAME_NOT_FOUND");
    }

    [Fact]
    public async Task ABadToken_Is401ThatSaysSo_NotASilentReadAsAStranger()
    {
        using var badToken = server.CreateClient();
        badToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        using var response = await badToken.GetAsync($"/api/games/{Public}");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("TOKEN_INVALID");
    }

    [Fact]
    public async Task WithoutAnAccount_TheListHoldsThePublicCampaignsOnly()
    {
        using var anonymous = server.CreateClient();

        var games = await anonymous.GetFromJsonAsync<JsonElement>("/api/games");

        var slugs = games.EnumerateArray().Select(g => g.GetProperty("slug").GetString()).ToList();
        slugs.ShouldContain(Public);
        slugs.ShouldNotContain(Private);
        slugs.ShouldNotContain(TestWorld.Slug);
        games.EnumerateArray().ShouldAllBe(g => g.GetProperty("role").GetString() == "none");
    }

    [Fact]
    public async Task WithoutAnAccount_NothingIsWritten()
    {
        using var anonymous = server.CreateClient();

        using var send = await anonymous.PostAsJsonAsync($"/api/games/{Public}/communiques", new { subject = "x" });
        using var import = await anonymous.PostAsJsonAsync($"/api/games/{Public}/communiques/import", new { text = "x" });
        using var describe = await anonymous.PatchAsJsonAsync($"/api/games/{Public}", new { title = "Taken" });

        send.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        import.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        describe.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<HttpClient> SignedInAsync(DiplomacySimServer server, string userName)
    {
        var http = server.CreateClient();
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = Password });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return http;
    }
}
