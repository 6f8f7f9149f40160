using System.Net.Http.Headers;
using System.Net.Http.Json;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Browser.Tests;

/// <summary>Setting up a campaign's scene for a browser test: accounts of no game, and campaigns made over the API.</summary>
internal static class Campaigns
{
    /// <summary>An account of no game, with the demo's password as the test world's accounts have it.</summary>
    public static async Task AccountAsync(this BrowserServer server, string userName, string? displayName = null)
    {
        using var scope = server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        if (await users.FindByNameAsync(userName) is not null)
            return;
        var user = new User(userName) { DisplayName = displayName ?? userName };
        user.PasswordHash = users.PasswordHasher.HashPassword(user, DiplomacySimServer.DemoPassword);
        (await users.CreateAsync(user)).Succeeded.ShouldBeTrue();
    }

    /// <summary>A campaign from the test world's template, made by <paramref name="gameMaster"/> (an account of <see cref="AccountAsync"/>) over HTTP.</summary>
    public static async Task CampaignAsync(this BrowserServer server, string gameMaster, string slug, string title, string visibility = "private", string joinPolicy = "inviteOnly")
    {
        await server.AccountAsync(gameMaster);
        using var http = new HttpClient { BaseAddress = server.Address };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = gameMaster, password = DiplomacySimServer.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<Token>())!.AccessToken;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var created = await http.PostAsJsonAsync("/api/games", new { title, slug, template = TestWorld.Slug, visibility, joinPolicy });
        created.IsSuccessStatusCode.ShouldBeTrue(await created.Content.ReadAsStringAsync());
    }

    /// <summary>From now on, says yes to every confirm() of the page, keeping what each asked (Playwright dismisses them unless told).</summary>
    public static List<string> AcceptDialogs(this IPage page)
    {
        var asked = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            lock (asked)
                asked.Add(dialog.Message);
            await dialog.AcceptAsync();
        };
        return asked;
    }

    private sealed record Token(string AccessToken);
}
