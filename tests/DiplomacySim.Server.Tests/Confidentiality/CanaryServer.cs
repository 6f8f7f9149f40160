using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Scenarios;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// The server with the test world after the canary secret was played, with everything the crawl needs: a token per
/// role (a player of another game and a signed-in non-member included), hub connections that
/// watched live while it was played, and what each role may not learn of it.
/// </summary>
public sealed class CanaryServer : DiplomacySimServer
{
    public const string OtherGame = "canary-elsewhere";
    private const string OtherPlayer = "canary.elsewhere";
    private const string Stranger = "canary.stranger";
    private const string Operator = "canary.operator";
    private const string Password = AnotherGame.Password;

    /// <summary>Reasons of the modifiers only a deal like the canary's produces (seeds/rulesets/default.json).</summary>
    private static readonly string[] DealReasons =
        ["basing-agreement", "protecting-power", "trade-agreement", "delegation-visit", "cooperation-agreement", "clause-rejected", "rival-basing-in-region"];

    /// <summary>Texts the server writes only into a consent request (which Thailand may read, and no outsider).</summary>
    private static readonly string[] ConsentTexts = ["Request for consent", "has agreed to act as protecting power"];

    private static readonly Regex Guids = new("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly List<HubFrames> live = [];

    internal CanarySecret Secret { get; } = new();

    /// <summary>Each role's token; null for anonymous.</summary>
    internal Dictionary<string, string?> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>The test world as the GM sees it after the secret was played.</summary>
    internal GameWorld World { get; private set; } = null!;

    internal Guid GameId => World.Id;

    /// <summary>The communiques of the exchange: the letter, both answers, the consent request and Thailand's answer.</summary>
    internal IReadOnlyList<Guid> SecretCommuniques { get; private set; } = [];

    /// <summary>Every id of the secret: communiques, clauses, agreements, and any other id their views hold.</summary>
    internal IReadOnlyList<Guid> SecretIds { get; private set; } = [];

    internal Forbidden ForOutsiders { get; private set; } = null!;

    /// <summary>Thailand, the host state, may know the mandate and the consent request, nothing else.</summary>
    internal Forbidden ForThailand { get; private set; } = null!;

    /// <summary>How long the setup took, for the report.</summary>
    internal TimeSpan SetupTook { get; private set; }

    /// <summary>The world as each role read it while the basing agreement held its room but awaited ratification.</summary>
    internal List<Observation> MidSetup { get; } = [];

    internal IEnumerable<HubFrames> LiveHubs(string role) => live.Where(h => h.Kind == $"live as {role}");

    public override async Task InitializeAsync()
    {
        var started = DateTime.UtcNow;
        await base.InitializeAsync();
        await CreateOtherGameAndStrangerAsync();
        foreach (var role in CanaryRoles.All)
            Tokens[role] = await TokenAsync(role);

        var gm = Tokens["gm"]!;
        var baseline = World = await ReadAsync<GameWorld>(gm, $"/api/games/{TestWorld.Slug}");
        var publicText = await RawAsync(gm, $"/api/games/{TestWorld.Slug}") + await RawAsync(gm, $"/api/games/{TestWorld.Slug}/events?after=0&limit=1000");

        // Joined before the secret is played, so that live frames are read as well as the catch-up.
        foreach (var role in CanaryRoles.All)
        {
            var game = role == CanaryRoles.OtherGame ? OtherGame : TestWorld.Slug;
            live.Add(await HubFrames.JoinAsync(this, Tokens[role], $"live as {role}", game));
            if (role == CanaryRoles.OtherGame)
                live.Add(await HubFrames.JoinAsync(this, Tokens[role], $"live as {role}", TestWorld.Slug));
        }

        // Room is held from acceptance: the world read before ratification must not show it either.
        await Secret.PlayAsync(this, async () =>
        {
            foreach (var role in CanaryRoles.All)
            {
                foreach (var game in new[] { TestWorld.Slug, baseline.Id.ToString() })
                {
                    using var http = CreateClient();
                    if (Tokens[role] is { } token)
                        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    var url = $"/api/games/{game}";
                    using var response = await http.GetAsync(url);
                    MidSetup.Add(new Observation($"GET {url} while the basing awaits ratification", "GET /api/games/{game} (while the basing awaits ratification)",
                        url, (int)response.StatusCode, await response.Content.ReadAsStringAsync())
                    { Role = role });
                }
            }
        });
        World = await ReadAsync<GameWorld>(gm, $"/api/games/{TestWorld.Slug}");
        await CollectForbiddenAsync(gm, baseline, publicText);

        foreach (var hub in live)
            await hub.SettleAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        SetupTook = DateTime.UtcNow - started;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var hub in live)
            await hub.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>The GET answer's text as a role reads it.</summary>
    internal async Task<string> RawAsync(string? token, string path)
    {
        using var http = CreateClient();
        if (token is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<T> ReadAsync<T>(string token, string path) =>
        JsonSerializer.Deserialize<T>(await RawAsync(token, path), Client.DiplomacySimJson.Options)!;

    private async Task<string?> TokenAsync(string role)
    {
        var userName = role switch
        {
            CanaryRoles.Anonymous => null,
            CanaryRoles.OtherGame => OtherPlayer,
            CanaryRoles.NonMember => Stranger,
            CanaryRoles.Operator => Operator,
            _ => role,
        };
        if (userName is null)
            return null;
        var client = Anonymous();
        await client.LoginAsync(userName, userName.StartsWith("canary.", StringComparison.Ordinal) ? Password : DemoPassword);
        return client.AccessToken;
    }

    /// <summary>A second game with a player of its own, an account that belongs to no game, and the server's operator (in no game).</summary>
    private Task CreateOtherGameAndStrangerAsync() =>
        AnotherGame.CreateAsync(this, OtherGame, OtherPlayer, GameRole.Player, Stranger, Operator);

    // Running the server gives no seat in its campaigns: the operator reads the test world as any non-member.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:Operators:0", Operator);
    }

    /// <summary>The markers and hidden seqs, read as the GM after the exchange.</summary>
    private async Task CollectForbiddenAsync(string gm, GameWorld before, string publicText)
    {
        var secret = Secret;
        SecretCommuniques = [secret.LetterId, secret.VietNamReply, secret.RussiaAcceptance, secret.ConsentRequest, secret.ThailandConsent];
        var publicIds = new HashSet<Guid>([World.Id, .. World.Ministries.Select(m => m.Id), .. World.Installations.Select(i => i.Id)]);

        // Every id the GM's views of the secret hold, beyond the world's own.
        var views = new List<string> { await RawAsync(gm, $"/api/games/{TestWorld.Slug}/agreements") };
        foreach (var id in SecretCommuniques)
            views.Add(await RawAsync(gm, $"/api/games/{TestWorld.Slug}/communiques/{id}"));
        var ids = new HashSet<Guid>([.. SecretCommuniques, .. secret.Agreements, secret.Mandate]);
        foreach (var view in views)
            ids.UnionWith(Guids.Matches(view).Select(m => Guid.Parse(m.Value)));

        // Clause ids are not in the API today; one that appears later must not reach an outsider either.
        Guid mandateClause;
        using (var scope = Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
            var clauses = await db.CommuniqueClauses.AsNoTracking().Where(c => SecretCommuniques.Contains(c.CommuniqueId))
                .Select(c => new { c.Id, c.CommuniqueId, c.Index }).ToListAsync();
            ids.UnionWith(clauses.Select(c => c.Id));
            mandateClause = clauses.Single(c => c.CommuniqueId == secret.LetterId && c.Index == 1).Id;
        }
        ids.ExceptWith(publicIds);
        SecretIds = [.. ids.Order()];

        // The events of the exchange, and the reasons of the modifiers they caused.
        var events = JsonDocument.Parse(await RawAsync(gm, $"/api/games/{TestWorld.Slug}/events?after=0&limit=1000")).RootElement;
        var byId = events.EnumerateArray().Select(e => (Seq: e.GetProperty("seq").GetInt64(), Type: e.GetProperty("type").GetString()!, Text: e.GetRawText(), Element: e)).ToList();
        bool Mentions(string text, IEnumerable<Guid> of) => of.Any(id => text.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase));

        var hidden = byId.Where(e => Mentions(e.Text, SecretCommuniques.Concat(secret.Agreements))).ToDictionary(e => e.Seq, e => e.Type);
        hidden.Count.ShouldBeGreaterThan(5, "the exchange's communique and agreement events");

        var thailandMay = new HashSet<Guid> { secret.ConsentRequest, secret.ThailandConsent, secret.Mandate, secret.LetterId, mandateClause };
        var thailandMayNot = ids.Where(id => !thailandMay.Contains(id)).ToList();
        var hiddenFromThailand = byId
            .Where(e => Mentions(e.Text, thailandMayNot) || (Mentions(e.Text, [secret.LetterId]) && !Mentions(e.Text, thailandMay.Where(id => id != secret.LetterId))))
            .ToDictionary(e => e.Seq, e => e.Type);

        var caused = byId.Where(e => e.Type == "relation.changed" && e.Element.GetProperty("payload").TryGetProperty("sourceEventSeq", out var s) && s.ValueKind == JsonValueKind.Number)
            .Select(e => (Source: e.Element.GetProperty("payload").GetProperty("sourceEventSeq").GetInt64(), Reason: e.Element.GetProperty("payload").GetProperty("reason").GetString()!))
            .ToList();
        var reasons = caused.Where(c => hidden.ContainsKey(c.Source)).Select(c => c.Reason).Concat(DealReasons).Distinct(StringComparer.Ordinal).ToList();
        var reasonsHiddenFromThailand = caused.Where(c => hiddenFromThailand.ContainsKey(c.Source)).Select(c => c.Reason)
            .Concat(DealReasons.Where(r => r != "protecting-power")).Distinct(StringComparer.Ordinal).ToList();

        var figures = Figures(before, publicText);

        List<Marker> Common(IEnumerable<KeyValuePair<string, string>> strings, IEnumerable<Guid> forbiddenIds, IEnumerable<string> forbiddenReasons) =>
        [
            .. strings.Select(s => Marker.Text(s.Key, s.Value)),
            .. figures.SelectMany(f => Marker.Figure(f.Label, f.Value)),
            .. forbiddenIds.SelectMany(id => Marker.Id(IdLabel(id), id)),
            .. forbiddenReasons.Select(r => Marker.Token($"the modifier reason '{r}'", r)),
        ];

        ForOutsiders = new Forbidden(
            [.. Common(secret.Strings, ids, reasons), .. ConsentTexts.Select(t => Marker.Text($"the consent request's text '{t}'", t))],
            hidden, ids);
        ForThailand = new Forbidden(
            Common(secret.Strings.Where(s => s.Value != secret.ConsentPhrase && s.Value != secret.MandateRuling), thailandMayNot, reasonsHiddenFromThailand),
            hiddenFromThailand, thailandMayNot.ToHashSet());

        string IdLabel(Guid id) =>
            id == secret.LetterId ? "the secret letter's id"
            : id == secret.VietNamReply ? "Viet Nam's reply's id"
            : id == secret.RussiaAcceptance ? "Russia's acceptance's id"
            : id == secret.ConsentRequest ? "the consent request's id"
            : id == secret.ThailandConsent ? "Thailand's consent's id"
            : id == secret.Mandate ? "the mandate's agreement id"
            : secret.Agreements.Contains(id) ? $"the {AgreementKind(views[0], id)} agreement's id"
            : "an id of the secret (a clause or another)";
    }

    private static string AgreementKind(string agreements, Guid id)
    {
        foreach (var agreement in JsonDocument.Parse(agreements).RootElement.EnumerateArray())
        {
            if (agreement.GetProperty("id").GetGuid() == id)
                return agreement.GetProperty("kind").GetString() ?? "?";
        }
        return "?";
    }

    /// <summary>
    /// The canary's figures, and those the secret leaves at its bases (personnel held there, room
    /// left), each base and together; only figures of four digits or more that the world did not
    /// hold before the secret, so that no public number matches by chance.
    /// </summary>
    private List<(string Label, long Value)> Figures(GameWorld before, string publicText)
    {
        var figures = new List<(string Label, long Value)>
        {
            ("the emergency cap", CanarySecret.EmergencyCap),
            ("the peacetime cap", CanarySecret.PeacetimeCap),
            ("the investment amount", CanarySecret.InvestmentAmount),
        };
        var bases = CanarySecret.Bases.Select(name => (Before: before.Installations.Single(i => i.Name == name), After: World.Installations.Single(i => i.Name == name))).ToList();
        foreach (var (was, now) in bases)
        {
            figures.Add(($"the personnel the secret holds at {now.Name}", now.ForeignPersonnel + now.ReservedPersonnel - was.ForeignPersonnel - was.ReservedPersonnel));
            figures.Add(($"the room the secret leaves at {now.Name}", now.Capacity - now.ForeignPersonnel - now.ReservedPersonnel));
        }
        figures.Add(("the room the secret leaves at its bases together", bases.Sum(b => b.After.Capacity - b.After.ForeignPersonnel - b.After.ReservedPersonnel)));
        figures.Sum(f => f.Label.StartsWith("the personnel", StringComparison.Ordinal) ? f.Value : 0).ShouldBe(CanarySecret.EmergencyCap, "the bases hold the emergency cap between them");
        return [.. figures.Where(f => f.Value >= 1_000 && !Marker.Figure("", f.Value).Any(m => m.Pattern.IsMatch(publicText)))
            .DistinctBy(f => f.Value)];
    }
}

/// <summary>The roles the crawl reads the server as.</summary>
internal static class CanaryRoles
{
    public const string OtherGame = "player of another game";
    public const string NonMember = "signed-in non-member";
    public const string Operator = "the server's operator";
    public const string Anonymous = "anonymous";

    /// <summary>Those who may learn nothing of the secret.</summary>
    public static readonly string[] Outsiders = ["chn.mfa", "usa.mfa", "spectator", OtherGame, NonMember, Operator, Anonymous];

    /// <summary>Those who belong to no side of the test world's game at all.</summary>
    public static readonly string[] NotMembers = [OtherGame, NonMember, Operator, Anonymous];

    public static readonly string[] Parties = ["rus.mfa", "gm"];

    public static readonly string[] All = [.. Outsiders, "tha.mfa", .. Parties];

    /// <summary>The nation whose ministry the role writes from; China's for those who hold none.</summary>
    public static string OwnNation(string role) => role switch
    {
        "usa.mfa" => "USA",
        "tha.mfa" => "THA",
        "rus.mfa" => "RUS",
        // The GM may write for a ministry no player holds: Japan's.
        "gm" => "JPN",
        _ => "CHN",
    };
}
