using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Server.Tests.Accounts;

/// <summary>Making an account on an open server: <c>POST /api/auth/register</c>, then login and <c>GET /api/auth/me</c>.</summary>
public sealed class RegistrationTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    public const string GoodPassword = "Ambassador-2018!";

    [Fact]
    public async Task ANewAccount_SignsIn_AndKnowsItself()
    {
        var client = server.Anonymous();

        var registered = await client.RegisterAsync(new RegisterRequest("mnl.dfa", GoodPassword, "Department of Foreign Affairs"));
        await client.LoginAsync("mnl.dfa", GoodPassword);
        var me = await client.GetMeAsync();

        registered.UserName.ShouldBe("mnl.dfa");
        me.ShouldBe(new Me("mnl.dfa", "Department of Foreign Affairs", IsOperator: false));
        (await client.ListGamesAsync()).ShouldBeEmpty("a new account belongs to no game");
    }

    [Fact]
    public async Task Register_Is201WithTheUserName()
    {
        using var http = server.CreateClient();

        using var response = await http.PostAsJsonAsync("/api/auth/register", new { userName = "jkt.mfa", password = GoodPassword, displayName = "Kemlu" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString().ShouldBe("jkt.mfa");
    }

    [Theory]
    [InlineData("rus.mfa")]
    [InlineData("RUS.MFA")]
    public async Task ATakenName_Is409UserNameTaken(string userName)
    {
        var error = await Should.ThrowAsync<DiplomacySimApiException>(() =>
            server.Anonymous().RegisterAsync(new RegisterRequest(userName.ToLowerInvariant(), GoodPassword, "An impostor")));

        error.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        error.Code.ShouldBe("USER_NAME_TAKEN");
        // The owner's password still works: nothing of the account was touched.
        await server.Anonymous().LoginAsync("rus.mfa", DiplomacySimServer.DemoPassword);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("alllowercase-but-long")]
    [InlineData("NoDigitsOrSymbols")]
    public async Task AWeakPassword_Is400WithIdentitysReasonsUnderPassword(string password)
    {
        var error = await Should.ThrowAsync<DiplomacySimApiException>(() =>
            server.Anonymous().RegisterAsync(new RegisterRequest("weak.pw", password, "Weak")));

        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.Errors.Keys.ShouldBe(["password"]);
        error.Errors["password"].ShouldAllBe(message => message.StartsWith("Passwords must", StringComparison.Ordinal));
        await Should.ThrowAsync<DiplomacySimApiException>(() => server.Anonymous().LoginAsync("weak.pw", password));
    }

    [Fact]
    public async Task Me_SignedOut_Is401NotSignedIn()
    {
        using var http = server.CreateClient();

        using var response = await http.GetAsync("/api/auth/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("NOT_SIGNED_IN");
    }

    [Theory]
    [InlineData("gm", "The Game Master")]
    [InlineData("rus.mfa", "rus.mfa")]
    public async Task DemoAccounts_HaveTheScenariosDisplayName_OrTheirUserName(string userName, string displayName)
    {
        var client = await server.SignInAsync(userName);

        (await client.GetMeAsync()).DisplayName.ShouldBe(displayName);
    }

    [Theory]
    [InlineData("{not json", null)]
    [InlineData("[1,2,3]", null)]
    [InlineData("""{"userName":12,"password":true,"displayName":null}""", null)]
    [InlineData("""{"userName":"a.b","userName":"c.d","password":"Ambassador-2018!","displayName":"Twice"}""", null)]
    [InlineData("""{"password":"Ambassador-2018!","displayName":"No name"}""", "userName")]
    [InlineData("""{"userName":"no.password","displayName":"No password"}""", "password")]
    [InlineData("""{"userName":"no.display","password":"Ambassador-2018!"}""", "displayName")]
    [InlineData("""{"userName":"x","password":"Ambassador-2018!","displayName":"Too short"}""", "userName")]
    [InlineData("""{"userName":"Upper.Case","password":"Ambassador-2018!","displayName":"Capitals"}""", "userName")]
    [InlineData("""{"userName":"with space","password":"Ambassador-2018!","displayName":"Space"}""", "userName")]
    [InlineData("""{"userName":"a-name-of-thirty-three-characters","password":"Ambassador-2018!","displayName":"Long"}""", "userName")]
    [InlineData("""{"userName":"long.display","password":"Ambassador-2018!","displayName":"DISPLAY"}""", "displayName")]
    [InlineData("""{"userName":"blank.display","password":"Ambassador-2018!","displayName":"   "}""", "displayName")]
    [InlineData("""{"userName":"ctrl.display","password":"Ambassador-2018!","displayName":"two\nlines"}""", "displayName")]
    [InlineData("""{"userName":"long.code","password":"Ambassador-2018!","displayName":"Code","setupCode":"CODE"}""", "setupCode")]
    public async Task BadInput_Is400ProblemDetails_NamingTheField(string body, string? field)
    {
        using var http = server.CreateClient();
        body = body.Replace("\"DISPLAY\"", $"\"{new string('d', 101)}\"", StringComparison.Ordinal)
            .Replace("\"CODE\"", $"\"{new string('c', 65)}\"", StringComparison.Ordinal);

        using var response = await http.PostAsync("/api/auth/register", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        if (field is not null)
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"errors.{field}");
    }
}
