using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Harness.Running;

/// <summary>A sending ministry and the one it writes to, with the account that holds the sender.</summary>
public sealed record Pair(string Game, string Account, string Token, Guid From, Guid To, string FromNation, string ToNation);

/// <summary>
/// Signs in the demo accounts and sends communiques as raw HTTP with a body built once, so that the
/// load generator spends as little of the shared cores as it can.
/// </summary>
public sealed class Players(Uri root)
{
    public const string Password = "diplomacy";
    public const string Demo = "rus-vnm-2018";

    // The demo's five hot pairs: each sender's account holds its foreign ministry.
    public static readonly (string Account, string From, string To)[] HotPairs =
        [("rus.mfa", "RUS", "VNM"), ("vnm.mfa", "VNM", "RUS"), ("tha.mfa", "THA", "CHN"), ("chn.mfa", "CHN", "VNM"), ("usa.mfa", "USA", "VNM")];

    public HttpClient Http { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = 2048, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = root,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async Task<string> TokenAsync(string account)
    {
        var client = new DiplomacySimClient(Http);
        await client.LoginAsync(account, Password);
        return client.AccessToken!;
    }

    public async Task<IReadOnlyList<Pair>> HotPairsAsync(string game = Demo)
    {
        var world = await new DiplomacySimClient(Http, await TokenAsync("gm")).GetGameAsync(game);
        Guid Foreign(string nation) => world.Ministries.Single(m => m.Nation == nation && m.Kind == "foreignAffairs").Id;
        var pairs = new List<Pair>();
        foreach (var (account, from, to) in HotPairs)
            pairs.Add(new Pair(game, account, await TokenAsync(account), Foreign(from), Foreign(to), from, to));
        return pairs;
    }

    public static byte[] CommuniqueJson(Pair pair, string subject) => Encoding.UTF8.GetBytes(
        $$"""{"fromMinistry":"{{pair.From}}","toMinistry":"{{pair.To}}","subject":"{{subject}}","classification":"public","body":"A note from the harness.","clauses":[{"kind":"cooperation","sector":"cultural","statement":"An exchange of orchestras."}]}""");

    /// <summary>One send: the status, and the seq and id when it was 201.</summary>
    public async Task<SendOutcome> SendAsync(Pair pair, byte[] body, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/games/{pair.Game}/communiques")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", pair.Token);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await Http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
            return new SendOutcome((int)response.StatusCode, null, response.Headers.RetryAfter is not null, await response.Content.ReadAsStringAsync(cancellationToken));
        var sent = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<SendResult>(response.Content, DiplomacySimJson.Options, cancellationToken);
        return new SendOutcome(201, sent, false, "");
    }
}

public sealed record SendOutcome(int Status, SendResult? Sent, bool RetryAfter, string Body);
