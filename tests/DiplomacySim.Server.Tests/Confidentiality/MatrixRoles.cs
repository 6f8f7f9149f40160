using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// The roles of the authorization matrices, signed in on <see cref="RouteMatrixTests.TwoGames"/>:
/// anonymous, a stranger to both games, the server's operator, the other game's GM, and the test
/// world's own accounts by name (spectator, rus.mfa, gm, ...).
/// </summary>
internal static class MatrixRoles
{
    public static async Task<HttpClient> ClientAsync(DiplomacySimServer server, string role)
    {
        var http = server.CreateClient();
        var (userName, password) = role switch
        {
            "anonymous" => (null, null),
            "stranger" => ("matrix.stranger", AnotherGame.Password),
            "other-gm" => ("matrix.other.gm", AnotherGame.Password),
            "operator" => (RouteMatrixTests.TwoGames.Operator, AnotherGame.Password),
            _ => (role, DiplomacySimServer.DemoPassword),
        };
        if (userName is null)
            return http;
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
