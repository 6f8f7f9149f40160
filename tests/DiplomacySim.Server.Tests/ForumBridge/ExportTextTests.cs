using System.Net;
using System.Text.Json;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Tests.Communiques;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.ForumBridge;

/// <summary>Communiques and agreements leave as forum text for those who may read them, and come back in as the same clauses.</summary>
public sealed class ExportTextTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    [Theory]
    [InlineData(ExportFormat.BBCode)]
    [InlineData(ExportFormat.Markdown)]
    public async Task AnImportedLetter_SentAndExported_ImportsAgainAsTheSameClauses(ExportFormat format)
    {
        var (rus, _) = await players.AsAsync("rus.mfa");
        var draft = (await rus.ImportPostAsync(Game, ForumPosts.ReferenceLetter)).Draft;
        var sent = await rus.SendCommuniqueAsync(Game, new CommuniqueDraft(draft.FromMinistry!.Value, draft.ToMinistry!.Value, draft.Subject!, draft.Classification, draft.Body, draft.Clauses));

        var text = await rus.ExportCommuniqueAsync(Game, sent.Id, format);
        var again = await rus.ImportPostAsync(Game, text, format == ExportFormat.BBCode ? PostFormat.BBCode : PostFormat.Markdown);

        again.Draft.Clauses.Select(Json).ShouldBe(draft.Clauses.Select(Json));
        again.Draft.FromMinistry.ShouldBe(draft.FromMinistry);
        again.Draft.ToMinistry.ShouldBe(draft.ToMinistry);
        again.Draft.Classification.ShouldBe(draft.Classification);
        again.Draft.Subject.ShouldBe(draft.Subject);
    }

    [Theory]
    [InlineData(Domain.Communiques.Classification.Confidential)]
    [InlineData(Domain.Communiques.Classification.Secret)]
    public async Task ANonPublicLetter_IsExportedOnlyForItsNationsAndTheGm(Domain.Communiques.Classification classification)
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [new CooperationClause(CooperationSector.Security, "A secret proposal.")], classification: classification);

        foreach (var reader in new[] { "rus.mfa", "vnm.mod", "gm" })
            (await (await server.SignInAsync(reader)).ExportCommuniqueAsync(Game, letter)).ShouldContain("A secret proposal.", customMessage: reader);
        foreach (var outsider in new[] { "chn.mfa", "tha.mfa", "spectator" })
        {
            var hidden = await Should.ThrowAsync<DiplomacySimApiException>(() => server.SignInAsync(outsider).ContinueWith(t => t.Result.ExportCommuniqueAsync(Game, letter, ExportFormat.Markdown)).Unwrap());
            hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound, outsider);
            hidden.Code.ShouldBe("COMMUNIQUE_NOT_FOUND", outsider);
        }
    }

    [Fact]
    public async Task ARatifiedAgreement_IsTreatyTextWithNumberedArticles()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, gm) = (await server.SignInAsync("vnm.mfa"), await server.SignInAsync("gm"));
        var letter = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, "Cam Ranh Base", 700)]);
        var agreement = (await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept))).Agreements.Single();
        await gm.RatifyAsync(Game, agreement, "Ratified at the [b]autumn[/b] session.");

        var bbcode = await gm.ExportAgreementAsync(Game, agreement);
        var markdown = await vnm.ExportAgreementAsync(Game, agreement, ExportFormat.Markdown);

        bbcode.ShouldStartWith("[size=150][b]Agreement between the Russian Federation and the Socialist Republic of Viet Nam[/b][/size]");
        bbcode.ShouldContain("[b]Article 1 — Parties.[/b]");
        // Names as letters write them: with their articles, and a capital where a sentence begins with one.
        bbcode.ShouldContain("[b]Article 2 — Terms.[/b] The Russian Federation is granted basing rights");
        bbcode.ShouldContain("Cam Ranh Base: 700");
        bbcode.ShouldNotContain("[b]autumn[/b]");
        markdown.ShouldContain("**Article 2 — Terms.**");
        markdown.ShouldContain("entered into force on 3 October 2018");
        var china = await Should.ThrowAsync<DiplomacySimApiException>(() => server.SignInAsync("chn.mfa").ContinueWith(t => t.Result.ExportAgreementAsync(Game, agreement)).Unwrap());
        china.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("communiques", "html")]
    [InlineData("communiques", "1")]
    [InlineData("communiques", "bbcode,markdown")]
    [InlineData("agreements", "pdf")]
    public async Task AnUnknownFormat_Is400NamingTheChoices(string what, string format)
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var letter = await SendAsync(rus, world, "RUS", "VNM", []);
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", rus.AccessToken);

        using var response = await http.GetAsync($"api/games/{Game}/{what}/{letter}/export?format={format}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("bbcode or markdown");
    }

    [Fact]
    public async Task AnUnknownId_Is404()
    {
        var (rus, _) = await players.AsAsync("rus.mfa");

        (await Should.ThrowAsync<DiplomacySimApiException>(() => rus.ExportCommuniqueAsync(Game, Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Should.ThrowAsync<DiplomacySimApiException>(() => rus.ExportAgreementAsync(Game, Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Json(Clause clause) => JsonSerializer.Serialize(clause, DiplomacySimJson.Options);
}
