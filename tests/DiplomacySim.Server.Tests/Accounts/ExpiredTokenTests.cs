using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace DiplomacySim.Server.Tests.Accounts;

/// <summary>An expired token is told apart from a bad one, so a client knows to sign in again.</summary>
public sealed class ExpiredTokenTests(ExpiredTokenTests.ShortTokens server) : IClassFixture<ExpiredTokenTests.ShortTokens>
{
    /// <summary>The server with tokens that last one second.</summary>
    public sealed class ShortTokens : DiplomacySimServer
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Auth:TokenLifetime", "00:00:01");
        }
    }

    [Fact]
    public async Task AnExpiredToken_Is401TokenExpired()
    {
        var client = await server.SignInAsync("rus.mfa");
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", client.AccessToken);
        await Task.Delay(TimeSpan.FromSeconds(2));

        using var response = await http.GetAsync("/api/games");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("TOKEN_EXPIRED");
    }
}
