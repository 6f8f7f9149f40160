using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Client;

/// <summary>
/// A typed client for the DiplomacySim HTTP API. The <see cref="HttpClient"/>'s base address is the
/// server's root and should end with a slash. Any answer other than a success throws
/// <see cref="DiplomacySimApiException"/>.
/// </summary>
/// <remarks>
/// The token is sent on each request rather than set on <see cref="HttpClient.DefaultRequestHeaders"/>,
/// so that several clients, signed in as different players, can share one <see cref="HttpClient"/>.
/// </remarks>
public sealed partial class DiplomacySimClient
{
    private static readonly Dictionary<string, string> EmptyHeaders = [];

    private readonly HttpClient http;

    /// <summary>A client that sends no token until <see cref="LoginAsync"/> or <see cref="UseToken"/>.</summary>
    public DiplomacySimClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        this.http = http;
    }

    /// <summary>A client that sends <paramref name="accessToken"/> from its first call.</summary>
    public DiplomacySimClient(HttpClient http, string accessToken)
        : this(http) => UseToken(accessToken);

    /// <summary>The bearer token sent with each call; null before login.</summary>
    public string? AccessToken { get; private set; }

    /// <summary>Sends <paramref name="accessToken"/> with every later call.</summary>
    public void UseToken(string accessToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessToken);
        AccessToken = accessToken;
    }

    /// <summary>Signs in (<c>POST /api/auth/login</c>); later calls send the token it returns.</summary>
    public async Task<LoginResult> LoginAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        var login = await SendAsync<LoginResult>(HttpMethod.Post, "api/auth/login", new LoginRequest(userName, password), cancellationToken);
        UseToken(login.AccessToken);
        return login;
    }

    /// <summary>The games (<c>GET /api/games</c>).</summary>
    public Task<IReadOnlyList<GameSummary>> ListGamesAsync(CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<GameSummary>>(HttpMethod.Get, "api/games", body: null, cancellationToken);

    /// <summary>A game's world (<c>GET /api/games/{game}</c>) by the game's id or slug.</summary>
    public Task<GameWorld> GetGameAsync(string game, CancellationToken cancellationToken = default)
    {
        return SendAsync<GameWorld>(HttpMethod.Get, GamePath(game), body: null, cancellationToken);
    }

    /// <summary>The path of a game's resources, its name escaped so that odd names stay one path segment.</summary>
    private static string GamePath(string game, string? rest = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(game);
        var path = $"api/games/{Uri.EscapeDataString(game)}";
        return rest is null ? path : $"{path}/{rest}";
    }

    private Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        SendAsync<T>(method, path, body, headers: null, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(method, path, body, headers, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(DiplomacySimJson.Options, cancellationToken)
            ?? throw new JsonException($"{method} {path} answered {(int)response.StatusCode} with a null body; expected {typeof(T).Name}.");
    }

    /// <summary>A GET whose answer is text (exports), not JSON.</summary>
    private async Task<string> GetTextAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(HttpMethod.Get, path, body: null, headers: null, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    // The answer when it is a success; any other answer becomes a DiplomacySimApiException.
    private async Task<HttpResponseMessage> SendCheckedAsync(HttpMethod method, string path, object? body, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (AccessToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        foreach (var (name, value) in headers ?? EmptyHeaders)
            request.Headers.Add(name, value);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: DiplomacySimJson.Options);

        var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
            return response;
        using (response)
            throw await ApiErrors.ReadAsync(response, cancellationToken);
    }
}
