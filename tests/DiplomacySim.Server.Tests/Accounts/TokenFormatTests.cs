using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Features.Accounts;
using DiplomacySim.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Accounts;

/// <summary>
/// Tokens carry only the account's id, its stamp and their lifetime (decision 16), and the tokens of
/// Identity's own format that were issued before still sign in until they expire.
/// </summary>
public sealed class TokenFormatTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task AToken_IsShort_AndSignsIn()
    {
        var client = await server.SignInAsync("rus.mfa");

        // Identity's format made this account's token 603 characters.
        client.AccessToken!.Length.ShouldBeLessThan(300);
        (await client.ListGamesAsync()).ShouldContain(g => g.Slug == TestWorld.Slug);
    }

    [Fact]
    public async Task ATokenOfIdentitysFormat_IssuedBefore_StillSignsIn()
    {
        var token = await IdentityFormatTokenAsync("rus.mfa", TimeSpan.FromHours(1));

        using var response = await GetGamesAsync(token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnExpiredTokenOfIdentitysFormat_IsStillToldExpired()
    {
        var token = await IdentityFormatTokenAsync("rus.mfa", TimeSpan.FromHours(-1));

        using var response = await GetGamesAsync(token);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("TOKEN_EXPIRED");
    }

    [Fact]
    public async Task ATokenProtectedForAnotherPurpose_IsInvalid()
    {
        // Same keys, another purpose: what the server protects for anything else never reads as a token.
        var protector = server.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("DiplomacySim.SomethingElse");
        var token = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(protector.Protect([1, 2, 3]));

        using var response = await GetGamesAsync(token);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("TOKEN_INVALID");
    }

    [Fact]
    public async Task AShortTokenCutShort_IsInvalid_NotAnError()
    {
        var client = await server.SignInAsync("rus.mfa");

        using var response = await GetGamesAsync(client.AccessToken![..^4]);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("TOKEN_INVALID");
    }

    [Fact]
    public async Task TheFormat_KeepsTheIdTheStampAndTheLifetime_AndNothingElse()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByNameAsync("rus.mfa"))!;
        var issued = await scope.ServiceProvider.GetRequiredService<TokenIssuer>().IssueAsync(user);
        var format = server.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.BearerToken.BearerTokenOptions>>()
            .Get(IdentityConstants.BearerScheme).BearerTokenProtector;

        var ticket = format.Unprotect(issued.AccessToken)!;

        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        ticket.Principal.Claims.Select(c => c.Type).ShouldBe([options.UserIdClaimType, options.SecurityStampClaimType]);
        ticket.Principal.FindFirst(options.UserIdClaimType)!.Value.ShouldBe(user.Id);
        ticket.Principal.FindFirst(options.SecurityStampClaimType)!.Value.ShouldBe(user.SecurityStamp);
        ticket.Principal.Identity!.IsAuthenticated.ShouldBeTrue();
        (ticket.Properties.ExpiresUtc - ticket.Properties.IssuedUtc).ShouldBe(TimeSpan.FromSeconds(issued.ExpiresIn));
    }

    private async Task<HttpResponseMessage> GetGamesAsync(string token)
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.GetAsync("/api/games");
    }

    /// <summary>A token as Identity's bearer scheme wrote it before decision 16: its own purpose and ticket format.</summary>
    private async Task<string> IdentityFormatTokenAsync(string userName, TimeSpan lifetime)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync((await users.FindByNameAsync(userName))!);
        var protector = server.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Authentication.BearerToken", IdentityConstants.BearerScheme, "BearerToken");
        var now = DateTimeOffset.UtcNow;
        var properties = new AuthenticationProperties { IssuedUtc = now - TimeSpan.FromHours(2), ExpiresUtc = now + lifetime };
        return new TicketDataFormat(protector).Protect(new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken"));
    }
}
