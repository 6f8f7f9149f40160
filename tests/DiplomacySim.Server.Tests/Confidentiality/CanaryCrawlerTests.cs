using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// Issue 13, item 4: a secret letter between Russia and Viet Nam, with its agreements in force, whose
/// terms are unique markers; then every GET route of the OpenAPI document, the error bodies of check,
/// send and answer, and the hub's catch-up and live frames, read as each role that may not know it.
/// Not one marker may appear, and no sourceEventSeq may point at an event the role may not see. The
/// same crawl as a party and as the GM finds the markers, which proves it looks in the right places.
/// </summary>
public sealed class CanaryCrawlerTests(CanaryServer server, ITestOutputHelper output) : IClassFixture<CanaryServer>
{
    public static TheoryData<string> Outsiders => new(CanaryRoles.Outsiders);

    public static TheoryData<string> NotMembers => new(CanaryRoles.NotMembers);

    public static TheoryData<string> Parties => new(CanaryRoles.Parties);

    /// <summary>Internal .NET names that an error body must never hold (issue 13, item 5).</summary>
    private static readonly Marker[] InternalNames = [.. InternalNameMarkers()];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task AnOutsider_FindsNoMarkerOfTheSecret_OnAnyRouteErrorOrFrame(string role)
    {
        var (observations, leaks) = await CrawlAsync(role, server.ForOutsiders, knowsMandate: false);

        observations.Count.ShouldBeGreaterThan(100, "the crawl should have read the routes, the probes and the hub");
        if (leaks.Count > 0)
            Assert.Fail(LeakScanner.Report(role, leaks));
    }

    [Fact]
    public async Task Thailand_TheHostState_FindsTheMandateButNothingElseOfTheDeal()
    {
        const string role = "tha.mfa";
        var (observations, leaks) = await CrawlAsync(role, server.ForThailand, knowsMandate: true);

        // Its narrower set is not empty of meaning: Thailand does see the mandate and the consent request.
        var mandate = server.Secret.Mandate.ToString();
        observations.ShouldContain(o => o.Body.Contains(mandate, StringComparison.OrdinalIgnoreCase), "Thailand should see the mandate it consented to");
        if (leaks.Count > 0)
            Assert.Fail(LeakScanner.Report(role, leaks));
    }

    /// <summary>The positive control: the crawl finds what it looks for where the caller may see it.</summary>
    [Theory]
    [MemberData(nameof(Parties))]
    public async Task APartyAndTheGm_FindTheMarkers_SoTheCrawlSeesWhatItLooksFor(string role)
    {
        var (observations, _) = await CrawlAsync(role, server.ForOutsiders, knowsMandate: true);
        var found = observations
            .SelectMany(o => server.ForOutsiders.Markers.Where(m => m.Pattern.IsMatch(o.Body)).Select(m => (Observation: o, m.Label)))
            .ToList();
        bool Found(Func<Observation, bool> where, string label) => found.Any(f => where(f.Observation) && f.Label.StartsWith(label, StringComparison.Ordinal));
        static bool Rest(Observation o) => o.Where.StartsWith("GET ", StringComparison.Ordinal);
        static bool Post(Observation o) => o.Where.StartsWith("POST ", StringComparison.Ordinal);
        static bool Live(Observation o) => o.Route.Contains(" live as ", StringComparison.Ordinal);
        static bool CatchUp(Observation o) => o.Route.Contains(" catch-up", StringComparison.Ordinal);

        Found(Rest, "the letter's subject").ShouldBeTrue($"{role} reads the letter's subject over REST");
        Found(Rest, "the emergency cap").ShouldBeTrue($"{role} reads the emergency cap over REST");
        Found(Rest, "the personnel the secret holds").ShouldBeTrue($"{role} reads the stationed personnel over REST");
        Found(Rest, "the modifier reason 'basing-agreement'").ShouldBeTrue($"{role} reads the basing agreement's modifier");
        Found(Live, "the letter's subject").ShouldBeTrue($"{role} receives the letter live on the hub");
        Found(CatchUp, "the letter's subject").ShouldBeTrue($"{role} receives the letter in the hub's catch-up");
        // Rule messages speak for the clause's two sides: the GM probes as Japan (a ministry no one holds),
        // which may not know the deal, so only a party's checks can name it.
        if (role != "gm")
        {
            Found(Post, "the mandate's agreement id").ShouldBeTrue($"{role}'s check of a second mandate, asked of its protector, names the first");
            Found(Post, "the room the secret leaves").ShouldBeTrue($"{role}'s check of basing beyond the room names the room left");
        }
        observations.ShouldContain(o => LeakScanner.SourceEventSeqs(o.Body).Any(server.ForOutsiders.HiddenSeqs.ContainsKey),
            $"{role} sees modifiers pointing at the exchange's events");
    }

    /// <summary>
    /// Membership gates every read (issue 13, item 3): 404 for all of a game to a non-member, 401
    /// without a token. A 400 for a parameter out of range (limit=1000, format=plain on an export)
    /// says nothing of the game, as it comes before the game is looked up.
    /// </summary>
    [Theory]
    [MemberData(nameof(NotMembers))]
    public async Task ANonMember_GetsNotFoundForEveryRouteOfTheGame(string role)
    {
        var expected = role == CanaryRoles.Anonymous ? 401 : 404;
        var crawl = await new Crawler(server).GetEveryRouteAsync(server.Tokens[role]);

        var wrong = crawl.Observations.Where(o => o.Route.Contains("{game}", StringComparison.Ordinal) && o.Status != expected && o.Status != 400).ToList();

        crawl.Observations.ShouldContain(o => o.Route.Contains("{game}", StringComparison.Ordinal));
        if (wrong.Count > 0)
        {
            var leaks = wrong.Select(o => new Leak(role, o.Route, o.Where, $"answered {o.Status}, not {expected}", LeakScanner.Excerpt(o.Body, 0, 0))).ToList();
            Assert.Fail(LeakScanner.Report(role, leaks));
        }
    }

    private async Task<(List<Observation> Observations, List<Leak> Leaks)> CrawlAsync(string role, Forbidden forbidden, bool knowsMandate)
    {
        var watch = Stopwatch.StartNew();
        var token = server.Tokens[role];
        var crawl = await new Crawler(server).CrawlAsync(token, CanaryRoles.OwnNation(role), knowsMandate);
        var http = watch.Elapsed;

        // The hub: the connection that watched the setup live, and a catch-up from seq 0 now.
        var catchUps = new List<HubFrames> { await HubFrames.JoinAsync(server, token, "catch-up", TestWorld.Slug) };
        if (role == CanaryRoles.OtherGame)
            catchUps.Add(await HubFrames.JoinAsync(server, token, "catch-up", CanaryServer.OtherGame));
        foreach (var hub in catchUps)
            await hub.SettleAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        var hubs = server.LiveHubs(role).Concat(catchUps).ToList();
        var observations = crawl.Observations.Concat(server.MidSetup.Where(o => o.Role == role)).Concat(hubs.SelectMany(h => h.Observations())).ToList();
        foreach (var hub in catchUps)
            await hub.DisposeAsync();

        var leaks = observations.SelectMany(o => LeakScanner.Scan(role, o, forbidden,
            [.. crawl.Extra.GetValueOrDefault(o) ?? [], .. o.Status >= 400 ? InternalNames : []])).ToList();
        leaks.AddRange(Oracles(role, crawl.IdProbes, forbidden));

        // For a developer chasing a leak: DIPLOMACYSIM_CANARY_DUMP=<folder> writes everything this role read.
        if (Environment.GetEnvironmentVariable("DIPLOMACYSIM_CANARY_DUMP") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllLinesAsync(Path.Combine(folder, $"{role.Replace(' ', '-')}.txt"),
                observations.Select(o => $"=== {o.Where} -> {o.Status}\n{o.Request}\n--- {o.Headers}\n{o.Body}\n"));
        }

        output.WriteLine($"{role}: {observations.Count} observations ({crawl.Observations.Count} HTTP in {http.TotalSeconds:F1} s; "
            + $"hub: {string.Join(", ", hubs.Select(h => $"{h.Kind} {h.Game} {(h.Refusal is null ? $"{h.Frames.Count} frames" : $"refused: {h.Refusal}")}"))}); "
            + $"{leaks.Count} leaks; setup took {server.SetupTook.TotalSeconds:F1} s; crawl {watch.Elapsed.TotalSeconds:F1} s");
        return (observations, leaks);
    }

    /// <summary>
    /// A secret id must be answered as an unknown id is (same status, same body but for the id and
    /// the trace id): anything else confirms that the secret exists.
    /// </summary>
    private static IEnumerable<Leak> Oracles(string role, IEnumerable<IdProbe> probes, Forbidden forbidden)
    {
        foreach (var group in probes.GroupBy(p => p.Key, StringComparer.Ordinal))
        {
            var unknown = group.FirstOrDefault(p => p.Id == Crawler.UnknownId);
            if (unknown is null)
                continue;
            var expected = Normalized(unknown);
            foreach (var probe in group.Where(p => forbidden.Ids.Contains(p.Id)))
            {
                if (Normalized(probe) != expected)
                {
                    yield return new Leak(role, probe.Observation.Route, probe.Observation.Where,
                        $"answers a secret id otherwise than an unknown one ({probe.Observation.Status} against {unknown.Observation.Status})",
                        LeakScanner.Excerpt(probe.Observation.Body, 0, 160));
                }
            }
        }
    }

    private static string Normalized(IdProbe probe)
    {
        var body = probe.Observation.Body
            .Replace(probe.Id.ToString("D"), "{id}", StringComparison.OrdinalIgnoreCase)
            .Replace(probe.Id.ToString("N"), "{id}", StringComparison.OrdinalIgnoreCase);
        body = Regex.Replace(body, "\"traceId\"\\s*:\\s*\"[^\"]*\"", "\"traceId\":\"\"");
        return $"{probe.Observation.Status} {body}";
    }

    /// <summary>Namespaces of the server, and the server's and the domain's own type names with two capitals or more (CommuniqueInput, BasingRightsClause).</summary>
    private static IEnumerable<Marker> InternalNameMarkers()
    {
        yield return new Marker("an internal .NET name (a namespace)", new Regex(@"\b(?:DiplomacySim|System|Microsoft)\.[A-Z]", RegexOptions.CultureInvariant));
        var names = new[] { typeof(Seeding.ScenarioImporter).Assembly, typeof(Domain.Clauses.Clause).Assembly }
            .SelectMany(a => a.GetTypes())
            .Select(t => t.Name.Split('`')[0])
            .Where(n => n.Length >= 8 && !n.Contains('<', StringComparison.Ordinal) && n.Count(char.IsUpper) >= 2 && n.All(char.IsLetterOrDigit))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        yield return new Marker("an internal .NET type name", new Regex($@"\b(?:{string.Join("|", names.Select(Regex.Escape))})\b", RegexOptions.CultureInvariant));
    }
}
