using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Testing;

namespace DiplomacySim.Server.Tests.Accounts;

public sealed class LoginTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Theory]
    [InlineData("gm")]
    [InlineData("rus.mfa")]
    [InlineData("vnm.mod")]
    public async Task DemoAccount_WithDemoPassword_GetsAWorkingToken(string userName)
    {
        var client = server.Anonymous();

        var login = await client.LoginAsync(userName, DiplomacySimServer.DemoPassword);

        login.AccessToken.ShouldNotBeNullOrWhiteSpace();
        login.ExpiresIn.ShouldBeGreaterThan(0);
        (await client.ListGamesAsync()).ShouldContain(g => g.Slug == TestWorld.Slug);
    }

    [Fact]
    public async Task WrongPassword_Is401ProblemDetails()
    {
        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => server.Anonymous().LoginAsync("rus.mfa", "wrong"));

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.Code.ShouldBe("INVALID_CREDENTIALS");
    }

    [Fact]
    public async Task UnknownUser_GetsTheSameAnswerAsAWrongPassword()
    {
        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => server.Anonymous().LoginAsync("nobody", "diplomacy"));

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.Code.ShouldBe("INVALID_CREDENTIALS");
    }

    [Fact]
    public async Task EmptyFields_Is400WithAnErrorPerField()
    {
        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => server.Anonymous().LoginAsync("", ""));

        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.Errors.Keys.ShouldBe(["userName", "password"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"userName\": 12, \"password\": true}")]
    public async Task MalformedBody_Is400ProblemDetails(string body)
    {
        using var http = server.CreateClient();

        using var response = await http.PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task NoToken_Is401ProblemDetails()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync("/api/auth/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString().ShouldBe("NOT_SIGNED_IN");
    }

    [Fact]
    public async Task ForgedToken_Is401()
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8forged-token-that-was-never-issued");

        using var response = await http.GetAsync("/api/games");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString().ShouldBe("TOKEN_INVALID");
    }

    [Fact]
    public async Task LoginResponse_HasTheFieldsApiMdNames()
    {
        using var http = server.CreateClient();

        using var response = await http.PostAsJsonAsync("/api/auth/login", new { userName = "usa.mfa", password = DiplomacySimServer.DemoPassword });
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body!.Keys.ShouldContain("accessToken");
        body.Keys.ShouldContain("expiresIn");
    }
}
