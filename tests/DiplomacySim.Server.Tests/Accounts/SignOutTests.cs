using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Server.Realtime;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Accounts;

/// <summary>A password change and sign-out-everywhere: every token issued before is refused, on HTTP and on the hub.</summary>
public sealed class SignOutTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private const string Password = RegistrationTests.GoodPassword;
    private const string NewPassword = "Plenipotentiary-2019?";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AfterAPasswordChange_TheOldPasswordAndEveryOldTokenAreRefused()
    {
        var (phone, laptop) = await TwoSessionsOfANewAccountAsync("pw.change");

        await laptop.ChangePasswordAsync(Password, NewPassword);

        (await Should.ThrowAsync<DiplomacySimApiException>(() => server.Anonymous().LoginAsync("pw.change", Password))).Code.ShouldBe("INVALID_CREDENTIALS");
        (await CodeOf401Async(phone.AccessToken!)).ShouldBe("TOKEN_REVOKED");
        (await CodeOf401Async(laptop.AccessToken!)).ShouldBe("TOKEN_REVOKED", "the token that changed the password is signed out too");
        var again = server.Anonymous();
        await again.LoginAsync("pw.change", NewPassword);
        (await again.GetMeAsync()).UserName.ShouldBe("pw.change");
    }

    [Fact]
    public async Task AWrongCurrentPassword_Is400UnderCurrentPassword_AndChangesNothing()
    {
        var (phone, _) = await TwoSessionsOfANewAccountAsync("pw.wrong");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => phone.ChangePasswordAsync("not-my-password", NewPassword));

        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.Errors.Keys.ShouldBe(["currentPassword"]);
        (await phone.GetMeAsync()).UserName.ShouldBe("pw.wrong");
        await server.Anonymous().LoginAsync("pw.wrong", Password);
    }

    [Fact]
    public async Task AWeakNewPassword_Is400UnderNewPassword_AndTheTokensStay()
    {
        var (phone, laptop) = await TwoSessionsOfANewAccountAsync("pw.weak");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => laptop.ChangePasswordAsync(Password, "weak"));

        error.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        error.Errors.Keys.ShouldBe(["newPassword"]);
        (await phone.GetMeAsync()).UserName.ShouldBe("pw.weak");
    }

    [Theory]
    [InlineData("pw.bad1", """{"currentPassword":"x"}""", "newPassword")]
    [InlineData("pw.bad2", """{"newPassword":"Plenipotentiary-2019?"}""", "currentPassword")]
    [InlineData("pw.bad3", """{"currentPassword":"x","newPassword":"NEW"}""", "newPassword")]
    [InlineData("pw.bad4", "{", null)]
    [InlineData("pw.bad5", "[]", null)]
    public async Task BadPasswordInput_Is400ProblemDetails(string userName, string body, string? field)
    {
        var (phone, _) = await TwoSessionsOfANewAccountAsync(userName);
        body = body.Replace("\"NEW\"", $"\"{new string('p', 257)}\"", StringComparison.Ordinal);
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", phone.AccessToken);

        using var response = await http.PostAsync("/api/auth/password", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        if (field is not null)
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"errors.{field}");
    }

    [Fact]
    public async Task SignOutEverywhere_RefusesEveryOlderToken_AndANewLoginWorks()
    {
        var (phone, laptop) = await TwoSessionsOfANewAccountAsync("sign.out");

        await laptop.SignOutEverywhereAsync();

        (await CodeOf401Async(phone.AccessToken!)).ShouldBe("TOKEN_REVOKED");
        (await CodeOf401Async(laptop.AccessToken!)).ShouldBe("TOKEN_REVOKED");
        var again = await LoginAsync("sign.out", Password);
        (await again.GetMeAsync()).UserName.ShouldBe("sign.out");
    }

    [Fact]
    public async Task SignOutEverywhere_ClosesTheAccountsOpenHubConnections_AndTheirTokensCannotReconnect()
    {
        var held = server.Services.GetRequiredService<HubConnections>();
        var watcher = await server.SignInAsync("vnm.mod");
        var other = await server.SignInAsync("vnm.mfa");
        await using var watching = server.EventStream(watcher.AccessToken!);
        await using var bystander = server.EventStream(other.AccessToken!);
        await watching.JoinAsync(TestWorld.Slug);
        await bystander.JoinAsync(TestWorld.Slug);
        var before = held.Count;

        await (await server.SignInAsync("vnm.mod")).SignOutEverywhereAsync();

        var deadline = DateTime.UtcNow + Patience;
        while ((held.Count >= before || watching.State == HubConnectionState.Connected) && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        held.Count.ShouldBe(before - 1, "the server holds the signed-out connection no more");
        watching.State.ShouldNotBe(HubConnectionState.Connected);
        bystander.State.ShouldBe(HubConnectionState.Connected, "another account's connection stays open");
        await using var rejoin = server.EventStream(watcher.AccessToken!);
        (await Should.ThrowAsync<Exception>(() => rejoin.JoinAsync(TestWorld.Slug))).Message.ShouldContain("401");
    }

    /// <summary>A new account signed in twice: two tokens, as on two devices.</summary>
    private async Task<(DiplomacySimClient Phone, DiplomacySimClient Laptop)> TwoSessionsOfANewAccountAsync(string userName)
    {
        await server.Anonymous().RegisterAsync(new RegisterRequest(userName, Password, userName));
        return (await LoginAsync(userName, Password), await LoginAsync(userName, Password));
    }

    private async Task<DiplomacySimClient> LoginAsync(string userName, string password)
    {
        var client = server.Anonymous();
        await client.LoginAsync(userName, password);
        return client;
    }

    private async Task<string?> CodeOf401Async(string token)
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.GetAsync("/api/games");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
    }
}
