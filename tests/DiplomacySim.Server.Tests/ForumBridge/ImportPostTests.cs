using System.Net;
using System.Net.Http.Json;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Tests.Communiques;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.ForumBridge;

/// <summary>A pasted forum post becomes a draft of the test world, with its spans and its rule check; nothing is stored.</summary>
public sealed class ImportPostTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    [Fact]
    public async Task TheReferenceLetterPost_BecomesADraftOfTheTestWorld()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");

        var imported = await rus.ImportPostAsync(Game, ForumPosts.ReferenceLetter);

        var draft = imported.Draft;
        draft.FromMinistry.ShouldBe(world.Ministry("RUS"));
        draft.ToMinistry.ShouldBe(world.Ministry("VNM"));
        draft.Subject.ShouldBe("Confidential: Diplomatic Relations");
        draft.Classification.ShouldBe(Classification.Secret);
        // The poster's formatting stays, as the page shows it.
        draft.Body.ShouldStartWith("[center][b]MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION[/b][/center]\n\nDear Minister Pham Binh Minh,");
        draft.Clauses.Select(c => c.Kind).ShouldBe([ClauseKind.BasingRights, ClauseKind.ProtectingPower, ClauseKind.TradeAgreement, ClauseKind.RefuelingRights, ClauseKind.DelegationVisit]);
        var basing = draft.Clauses[0].ShouldBeOfType<BasingRightsClause>();
        basing.Installations.ShouldBe([world.Installation("Yên Bái Air Base"), world.Installation("Biên Hòa Air Base"), world.Installation("An Thới Naval Base")]);
        basing.EmergencyPersonnelCap.ShouldBe(25_000);
        basing.Capabilities.ShouldBe([BasingCapability.Sigint, BasingCapability.Elint, BasingCapability.NavalPresence], ignoreOrder: true);
        draft.Clauses[1].ShouldBe(new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both));
        draft.Clauses[3].ShouldBeOfType<RefuelingRightsClause>().Area.ShouldBe("wider Pacific");
        draft.Clauses[4].ShouldBe(new DelegationVisitClause("Deputy Prime Minister", 40, "Hanoi", new DateOnly(2018, 11, 12)));
        draft.Body.ShouldNotContain("Subject:");
        imported.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task EachClauseSource_IndexesTheSubmittedText()
    {
        var (rus, _) = await players.AsAsync("rus.mfa");

        var imported = await rus.ImportPostAsync(Game, ForumPosts.ReferenceLetter, PostFormat.BBCode);

        imported.ClauseSources.Select(s => s.ClauseIndex).ShouldBe([0, 1, 2, 3, 4]);
        Span(imported, 0).ShouldContain("Yen Bai Air Base");
        Span(imported, 1).ShouldContain("protecting power");
        Span(imported, 4).ShouldContain("visit Hanoi");
        imported.ClauseSources.ShouldAllBe(s => s.Confidence > 0 && s.Confidence <= 1);
    }

    [Fact]
    public async Task AThaiBaseInALetterToVietNam_ComesWithTheRuleItBreaks()
    {
        var rus = await server.SignInAsync("rus.mod");
        var world = await rus.GetGameAsync(Game);

        var imported = await rus.ImportPostAsync(Game, ForumPosts.ThaiBaseFromHanoi, PostFormat.Markdown);

        imported.Draft.FromMinistry.ShouldBe(world.Ministry("RUS", "defence"));
        imported.Draft.Clauses.Single().ShouldBeOfType<BasingRightsClause>().Installations.ShouldBe([world.Installation("U-Tapao Royal Thai Navy Airfield")]);
        imported.Violations.ShouldContain(v => v.Code == "INSTALLATION_NOT_IN_RECIPIENT_TERRITORY" && v.ClauseIndex == 0);
    }

    [Fact]
    public async Task WhatTheWorldLacks_IsListedWithItsReason()
    {
        var (rus, _) = await players.AsAsync("rus.mfa");

        var imported = await rus.ImportPostAsync(Game, """
            To: Ministry of Foreign Affairs, Atlantis
            From: Ministry of Foreign Affairs, Russian Federation
            Subject: An approach

            Russia requests basing rights at Poseidon Air Base for up to 400 personnel.
            """);

        imported.Draft.ToMinistry.ShouldBeNull();
        imported.Unresolved.ShouldContain(u => u.Text.Contains("Atlantis") && u.Reason.Contains("recipient"));
        imported.Unresolved.ShouldContain(u => u.Reason.Contains("installation"));
        imported.Violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task AReply_AnswersTheLetterItNames_OnlyForThoseWhoMayReadIt()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var subject = "Training at Cam Ranh " + Guid.NewGuid().ToString("N")[..6];
        var letter = (await rus.SendCommuniqueAsync(Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), subject, Classification.Secret, "Dear colleagues,",
            [Basing(world, "Cam Ranh Base", 800), new DelegationVisitClause("Deputy Foreign Minister Morgulov", 10, "Hanoi", new DateOnly(2018, 12, 1))]))).Id;
        var reply = $"""
            From: Ministry of Foreign Affairs, Viet Nam
            To: Ministry of Foreign Affairs, Russian Federation
            Reply to: "{subject}"

            - **Cam Ranh:** Viet Nam agrees.
            - Visit: we regret that Hanoi cannot receive the delegation this year.
            """;

        var vietNam = await (await server.SignInAsync("vnm.mfa")).ImportPostAsync(Game, reply);
        vietNam.Draft.InReplyTo.ShouldBe(letter);
        vietNam.Draft.Subject.ShouldBe("Re: " + subject);
        vietNam.Responses.Select(r => (r.ClauseIndex, r.Decision)).ShouldBe([(0, Decision.Accept), (1, Decision.Reject)]);

        var china = await (await server.SignInAsync("chn.mfa")).ImportPostAsync(Game, reply);
        china.Draft.InReplyTo.ShouldBeNull();
        china.Draft.Subject.ShouldNotBe("Re: " + subject);
        china.Responses.ShouldAllBe(r => r.ClauseIndex == null && r.Counter == null);
        china.Unresolved.ShouldContain(u => u.Text == subject);
        china.Violations.ShouldContain(v => v.Code == "SENDER_NOT_HELD");

        (await (await server.SignInAsync("spectator")).ImportPostAsync(Game, reply)).Draft.InReplyTo.ShouldBeNull();
        (await (await server.SignInAsync("gm")).ImportPostAsync(Game, reply)).Draft.InReplyTo.ShouldBe(letter);
    }

    [Fact]
    // "Re: X" on a line of its own in a post that also asks: a reply when a letter of that subject is found, else a letter about X.
    public async Task AReLine_AnswersTheLetterOfThatSubject_WhenThereIsOne()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var subject = "Port calls at Cam Ranh " + Guid.NewGuid().ToString("N")[..6];
        var letter = (await rus.SendCommuniqueAsync(Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), subject, Classification.Public, "Dear colleagues,",
            [Basing(world, "Cam Ranh Base", 300), new DelegationVisitClause("Deputy Foreign Minister Morgulov", 10, "Hanoi", new DateOnly(2018, 12, 1))]))).Id;
        string Post(string re) => $"""
            From: Ministry of Foreign Affairs, Viet Nam
            To: Ministry of Foreign Affairs, Russian Federation
            Re: {re}

            Cam Ranh Base: Viet Nam agrees.
            We would be glad to receive the delegation in Hanoi.
            """;
        var vietNam = await server.SignInAsync("vnm.mfa");

        var reply = await vietNam.ImportPostAsync(Game, Post(subject));
        reply.Draft.InReplyTo.ShouldBe(letter);
        reply.Responses.Select(r => (r.ClauseIndex, r.Decision)).ShouldBe([(0, Decision.Accept), (1, Decision.Accept)]);

        var unknown = "Fisheries " + Guid.NewGuid().ToString("N")[..6];
        var first = await vietNam.ImportPostAsync(Game, Post(unknown));
        (first.Draft.InReplyTo, first.Draft.Subject).ShouldBe((null, unknown));
        first.Unresolved.ShouldNotContain(u => u.Text == unknown);
    }

    [Fact]
    public async Task APostOverTheLimit_Is400_AndNothingIsStored()
    {
        var (rus, _) = await players.AsAsync("rus.mfa");
        var before = (await rus.GetEventsAsync(Game, 0, 1_000)).Count;

        var tooLong = await Should.ThrowAsync<DiplomacySimApiException>(() => rus.ImportPostAsync(Game, new string('a', 100_001)));

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        tooLong.Errors.ShouldContainKey("text");
        (await rus.ImportPostAsync(Game, "Russia requests a trade agreement on energy. " + new string('x', 99_000))).Draft.ShouldNotBeNull();
        (await rus.GetEventsAsync(Game, 0, 1_000)).Count.ShouldBe(before);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"text":""}""")]
    [InlineData("""{"text":42}""")]
    [InlineData("""{"text":"To: Viet Nam","format":"wiki"}""")]
    [InlineData("""{"text":"To: Viet Nam","format":"plain,bbcode"}""")]
    [InlineData("""{"text":"\ud800 lone surrogate"}""")]
    [InlineData("""{"text":["nested",{"deep":[[[[]]]]}]}""")]
    [InlineData("not json")]
    public async Task AMalformedImport_Is400ProblemDetails(string body)
    {
        var (http, _) = await RawAsync();

        using var response = await http.PostAsync($"api/games/{Game}/communiques/import", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task InvalidUtf8_Is400ProblemDetails()
    {
        var (http, _) = await RawAsync();
        byte[] body = [.. "{\"text\":\"Russia requests "u8, 0xC3, 0x28, 0xFF, .. "\"}"u8];

        using var response = await http.PostAsync($"api/games/{Game}/communiques/import", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task InjectedMarkup_LeavesTheBodyAsText()
    {
        var (rus, _) = await players.AsAsync("rus.mfa");

        var imported = await rus.ImportPostAsync(Game, """
            From: Ministry of Foreign Affairs, Russian Federation
            To: Ministry of Foreign Affairs, Viet Nam
            Subject: <script>alert(1)</script>

            [url=javascript:alert(1)]Read our proposal[/url] <img src=x onerror=alert(1)> [b][i]unclosed
            """, PostFormat.BBCode);

        imported.Draft.Body.ShouldNotContain("[url");
        imported.Draft.Body.ShouldContain("Read our proposal");
        imported.Draft.Clauses.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnUnknownGame_Is404()
    {
        var (rus, _) = await players.AsAsync("rus.mfa");

        var missing = await Should.ThrowAsync<DiplomacySimApiException>(() => rus.ImportPostAsync("no-such-game", "Russia requests a trade agreement."));

        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Span(ImportedPost imported, int clause)
    {
        var source = imported.ClauseSources.Single(s => s.ClauseIndex == clause);
        return ForumPosts.ReferenceLetter.Substring(source.Start, source.Length);
    }

    private async Task<(HttpClient Http, string Token)> RawAsync()
    {
        var token = (await server.SignInAsync("rus.mfa")).AccessToken!;
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (http, token);
    }
}
