using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>An answer that carries a secret's id in its request, so that it can be compared with the answer for an unknown id.</summary>
internal sealed record IdProbe(Observation Observation, Guid Id, string Key);

/// <summary>What one crawl read, and the probes to compare for existence oracles.</summary>
internal sealed class CrawlResult
{
    public List<Observation> Observations { get; } = [];
    public List<IdProbe> IdProbes { get; } = [];

    /// <summary>Extra markers that apply to one observation only (a rule message that may not name a nation there).</summary>
    public Dictionary<Observation, IReadOnlyList<Marker>> Extra { get; } = new(ReferenceEqualityComparer.Instance);
}

/// <summary>
/// Reads the server as one role: every GET route of the OpenAPI document with its parameters filled
/// from what the canary knows, and the error bodies of check, send and answer with drafts that run
/// into the secret. Hub frames are read by <see cref="HubFrames"/>.
/// </summary>
internal sealed class Crawler(CanaryServer server)
{
    private const int MaxRequestsPerRoute = 600;
    private static readonly string[] Nations = ["RUS", "VNM", "THA", "CHN"];
    private static readonly string[] Boxes = ["inbox", "sent", "all"];
    private static readonly string[] Formats = ["plain", "bbcode", "markdown", "json", "auto"];

    /// <summary>The unknown id answers for secret ids are compared with.</summary>
    public static readonly Guid UnknownId = Guid.Parse("0c0ffee0-0000-4000-8000-00000000beef");

    public async Task<CrawlResult> CrawlAsync(string? token, string ownNation, bool knowsMandate)
    {
        var result = await GetEveryRouteAsync(token);
        await ProbeAsync(token, ownNation, knowsMandate, result);
        return result;
    }

    /// <summary>The OpenAPI document, read as anyone may read it.</summary>
    public async Task<JsonElement> OpenApiAsync()
    {
        using var http = server.CreateClient();
        var text = await http.GetStringAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Every GET route of the OpenAPI document, with every value of its parameters.</summary>
    public async Task<CrawlResult> GetEveryRouteAsync(string? token)
    {
        var result = new CrawlResult();
        using var http = Http(token);
        var routes = OpenApiRoutes.Gets(await OpenApiAsync());
        routes.ShouldContain(r => r.Path == "/api/games/{game}", "the OpenAPI document should list the game's routes");
        foreach (var route in routes)
        {
            foreach (var (url, id) in Urls(route).Take(MaxRequestsPerRoute))
            {
                var observation = await SendAsync(http, HttpMethod.Get, url, route.Template, body: null);
                result.Observations.Add(observation);
                if (id is { } used)
                    result.IdProbes.Add(new IdProbe(observation, used, $"{route.Template} {url.Replace(used.ToString(), "{id}", StringComparison.OrdinalIgnoreCase)}"));
            }
        }
        return result;
    }

    /// <summary>Every URL of a route: the product of the values of each of its parameters.</summary>
    private IEnumerable<(string Url, Guid? Id)> Urls(GetRoute route)
    {
        IEnumerable<(string Path, List<string> Query, Guid? Id)> urls = [(route.Path, [], null)];
        foreach (var parameter in route.Parameters)
        {
            var values = Values(parameter);
            urls = urls.SelectMany(u => values.Select(v =>
            {
                if (parameter.In == "path")
                {
                    var path = u.Path.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(v!), StringComparison.Ordinal);
                    return (path, u.Query, Guid.TryParse(v, out var id) && IsIdName(parameter.Name) ? id : u.Id);
                }
                if (parameter.In != "query" || v is null)
                    return u;
                return (u.Path, new List<string>([.. u.Query, $"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(v)}"]), u.Id);
            }));
        }
        return urls.Select(u => (u.Path + (u.Query.Count == 0 ? "" : "?" + string.Join("&", u.Query)), u.Id));
    }

    private static bool IsIdName(string name) => name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal);

    /// <summary>The values to try for a parameter; null for "left out".</summary>
    private List<string?> Values(RouteParameter parameter)
    {
        var name = parameter.Name;
        var ids = server.SecretIds.Append(UnknownId).Select(id => (string?)id.ToString()).ToList();
        if (parameter.In == "path")
        {
            List<string?> values = name.ToLowerInvariant() switch
            {
                "game" => [TestWorld.Slug, server.GameId.ToString()],
                "from" or "to" or "code" or "nation" or "imposer" or "target" => [.. Nations],
                "username" => ["rus.mfa", "vnm.mfa", "chn.mfa"],
                _ when IsIdName(name) => ids,
                _ => [.. ids, .. Nations],
            };
            return values;
        }
        if (parameter.In != "query")
            return [null];

        IEnumerable<string> listed = parameter.Enum.Count > 0 ? parameter.Enum : name.ToLowerInvariant() switch
        {
            "box" => Boxes,
            "format" => Formats,
            "after" => ["0"],
            "limit" => ["1000", "500"],
            "fromdate" or "from" => ["2000-01-01"],
            "todate" or "to" => ["2099-12-31"],
            _ => parameter.Required ? ["0"] : [],
        };
        var choices = listed.Select(v => (string?)v).ToList();
        if (!parameter.Required)
            choices.Insert(0, null);
        return choices;
    }

    /// <summary>Drafts that run into the secret, sent to check, send and answer; and malformed bodies.</summary>
    private async Task ProbeAsync(string? token, string own, bool knowsMandate, CrawlResult result)
    {
        using var http = Http(token);
        var world = server.World;
        var gameApi = $"/api/games/{TestWorld.Slug}";
        var ownMinistry = world.Ministry(own);
        var pastVisit = new DelegationVisitClause("A probe's delegation", 3, "Hanoi", new DateOnly(2000, 1, 1));
        Marker[] namesProtector = knowsMandate ? [] : [Marker.Token("the protector's code VNM", "VNM"), Marker.Text("the protector's name", "Viet Nam"), Marker.Text("the protector's name", "Vietnam")];
        Marker[] namesLessee = [Marker.Text("the lessee Russia", "Russia"), Marker.Token("the lessee's code RUS", "RUS")];

        async Task CheckAndSendAsync(string name, Guid from, Guid to, Clause clause, IReadOnlyList<Marker> extra)
        {
            var check = Json(new CommuniqueDraft(from, to, $"Canary probe: {name}", Classification.Public, "A probe.", [clause]));
            Add(result, await SendAsync(http, HttpMethod.Post, $"{gameApi}/communiques/check", $"POST /api/games/{{game}}/communiques/check ({name})", check), extra);
            // The past visit makes every send fail by a rule, whatever else the server decides: nothing is stored.
            var send = Json(new CommuniqueDraft(from, to, $"Canary probe: {name}", Classification.Public, "A probe.", [clause, pastVisit]));
            Add(result, await SendAsync(http, HttpMethod.Post, $"{gameApi}/communiques", $"POST /api/games/{{game}}/communiques ({name})", send, idempotencyKey: true), extra);
        }

        // A protecting-power mandate for Russia in Thailand asked of others: MANDATE_EXISTS named the secret
        // one. Asked of Viet Nam, the protector itself, a party's check may name it: both sides know it.
        foreach (var recipient in new[] { "USA", "LAO", "VNM" }.Where(r => r != own))
            await CheckAndSendAsync($"mandate RUS in THA asked of {recipient}", ownMinistry, world.Ministry(recipient), new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), namesProtector);

        // Basing at the secret's bases beyond the room left: CAPACITY_EXCEEDED tells the room, hence the secret's figure.
        var bases = CanarySecret.Bases.Select(world.Installation).ToList();
        var sets = bases.Select(b => (IReadOnlyList<Guid>)[b]).Append(bases).ToList();
        foreach (var set in sets)
        {
            var capacity = world.Installations.Where(i => set.Contains(i.Id)).Sum(i => i.Capacity);
            var label = string.Join(" + ", world.Installations.Where(i => set.Contains(i.Id)).Select(i => i.Name));
            await CheckAndSendAsync($"basing at {label}, {capacity} asked", ownMinistry, world.Ministry("VNM"),
                new BasingRightsClause(set, 0, capacity, [BasingCapability.Logistics], null), namesLessee);
            // Asked by the United States, Russia's rival: INSTALLATION_LEASED_TO_RIVAL names who holds the base.
            await CheckAndSendAsync($"basing at {label} asked by the USA", world.Ministry("USA"), world.Ministry("VNM"),
                new BasingRightsClause(set, 0, 1, [BasingCapability.Logistics], null), namesLessee);
        }

        // Answers to the secret letters, and replies to them.
        foreach (var id in server.SecretCommuniques.Append(UnknownId))
        {
            var answer = Json(new ResponseDraft(ownMinistry, "A probe's answer.", [new ClauseResponse(0, Decision.Accept)]));
            var answered = await SendAsync(http, HttpMethod.Post, $"{gameApi}/communiques/{id}/responses", "POST /api/games/{game}/communiques/{id}/responses", answer);
            Add(result, answered, []);
            result.IdProbes.Add(new IdProbe(answered, id, "POST /api/games/{game}/communiques/{id}/responses"));

            var reply = Json(new CommuniqueDraft(ownMinistry, world.Ministry("VNM"), "Canary probe: a reply", Classification.Public, "A probe's reply.", [pastVisit], InReplyTo: id));
            var replied = await SendAsync(http, HttpMethod.Post, $"{gameApi}/communiques", "POST /api/games/{game}/communiques (inReplyTo a secret letter)", reply, idempotencyKey: true);
            Add(result, replied, []);
            result.IdProbes.Add(new IdProbe(replied, id, "POST /api/games/{game}/communiques inReplyTo {id}"));
        }

        // Bodies that cannot be read: the error names fields as the API does, never internal types.
        var vnm = world.Ministry("VNM");
        string[] malformed =
        [
            "{",
            "[1,2]",
            """{"fromMinistry":5}""",
            $$"""{"fromMinistry":"{{ownMinistry}}","toMinistry":"{{vnm}}","subject":"x","classification":"topSecret","body":"x","clauses":[]}""",
            $$"""{"fromMinistry":"{{ownMinistry}}","toMinistry":"{{vnm}}","subject":"x","classification":"public","body":"x","clauses":[{"kind":"basingRights","installations":"everywhere"}]}""",
            $$"""{"fromMinistry":"{{ownMinistry}}","toMinistry":"{{vnm}}","subject":"x","classification":"public","body":"x","clauses":[{"kind":"warpDrive"}]}""",
            """{"fromMinistry":"not-a-guid","responses":[{"clauseIndex":"zero","decision":"maybe"}]}""",
        ];
        foreach (var body in malformed)
        {
            foreach (var (path, route) in new[]
            {
                ($"{gameApi}/communiques/check", "POST /api/games/{game}/communiques/check (malformed)"),
                ($"{gameApi}/communiques", "POST /api/games/{game}/communiques (malformed)"),
                ($"{gameApi}/communiques/{server.Secret.LetterId}/responses", "POST /api/games/{game}/communiques/{id}/responses (malformed)"),
            })
            {
                Add(result, await SendAsync(http, HttpMethod.Post, path, route, body, idempotencyKey: true), []);
            }
        }
    }

    private static void Add(CrawlResult result, Observation observation, IReadOnlyList<Marker> extra)
    {
        result.Observations.Add(observation);
        if (extra.Count > 0)
            result.Extra[observation] = extra;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, DiplomacySimJson.Options);

    private HttpClient Http(string? token)
    {
        var http = server.CreateClient();
        if (token is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<Observation> SendAsync(HttpClient http, HttpMethod method, string url, string route, string? body, bool idempotencyKey = false)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (idempotencyKey)
            request.Headers.Add(DiplomacySimClient.IdempotencyKeyHeader, Guid.NewGuid().ToString());
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers)
            // A length or a date is no secret, and a figure would match it by chance.
            .Where(h => !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !h.Key.Equals("Date", StringComparison.OrdinalIgnoreCase))
            .Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        return new Observation($"{method} {url}", route, $"{url}\n{body}", (int)response.StatusCode, text, headers);
    }
}
