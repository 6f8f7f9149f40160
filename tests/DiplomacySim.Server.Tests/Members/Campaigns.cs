using System.Net.Http.Headers;
using System.Net.Http.Json;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Server.Tests.Members;

/// <summary>Accounts and campaigns made as their users make them: POST /api/auth/register, then POST /api/games.</summary>
internal static class Campaigns
{
    public const string Password = "Members-Passw0rd!";

    /// <summary>A new account, signed in.</summary>
    public static async Task<DiplomacySimClient> NewAccountAsync(this DiplomacySimServer server, string userName)
    {
        var client = server.Anonymous();
        await client.RegisterAsync(new RegisterRequest(userName, Password, $"The {userName}"));
        await client.LoginAsync(userName, Password);
        return client;
    }

    /// <summary>A campaign from the test world's template, made by <paramref name="gm"/>, who is its GM.</summary>
    public static async Task<string> NewCampaignAsync(this DiplomacySimServer server, DiplomacySimClient gm, string slug, string visibility = "private", string joinPolicy = "inviteOnly")
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gm.AccessToken);
        using var created = await http.PostAsJsonAsync("/api/games", new { title = slug, slug, template = TestWorld.Slug, visibility, joinPolicy });
        created.EnsureSuccessStatusCode();
        return slug;
    }

    /// <summary>The problem's <c>code</c> of a refused call.</summary>
    public static string? Code(this DiplomacySimApiException refused) =>
        refused.Extensions.TryGetValue("code", out var code) ? code.GetString() : null;
}
