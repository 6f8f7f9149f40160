using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Forum.Export;

namespace DiplomacySim.Forum.Tests;

/// <summary>A communique exported for the forum and imported again gives the same header and clauses.</summary>
public sealed class RoundTripTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };
    private static readonly ForumWorld World = ExampleWorld.On(new DateOnly(2019, 3, 14));

    private static readonly Clause[] EveryKind =
    [
        new BasingRightsClause([ExampleWorld.InstallationId("Choir Air Base")], 300, 1_200, [BasingCapability.Elint, BasingCapability.AirOperations], 5),
        new ProtectingPowerClause("KAZ", "BOL", ProtectionScope.Consular),
        new TradeAgreementClause(["agriculture", "energy"], -10m, "national", 3),
        new RefuelingRightsClause([RefuelingAsset.Air, RefuelingAsset.Naval], "the wider Pacific", [ExampleWorld.InstallationId("Choir Air Base")]),
        new DelegationVisitClause("Deputy Foreign Minister Vassilenko", 12, "Ulaanbaatar", new DateOnly(2019, 4, 2)),
        new CooperationClause(CooperationSector.Energy, "Joint study of a trans-steppe gas pipeline."),
        new InvestmentClause("lithium processing", 450_000_000m, "USD"),
    ];

    [Theory]
    [InlineData(ExportFormat.BBCode)]
    [InlineData(ExportFormat.Markdown)]
    public void ACommuniqueExportedAndImportedAgain_HasTheSameClauses(ExportFormat format)
    {
        var communique = new CommuniqueText(ExampleWorld.ForeignMinistry("KAZ"), ExampleWorld.ForeignMinistry("MNG"), "Regional Security and Transit",
            Classification.Confidential, "Dear Minister, we write with the following requests.", EveryKind, World.Today);

        var exported = ForumExport.Communique(communique, World, format);
        var imported = ForumImporter.Import(exported, ForumFormat.Auto, World);

        imported.Draft.FromMinistry.ShouldBe(communique.From.Id);
        imported.Draft.ToMinistry.ShouldBe(communique.To.Id);
        imported.Draft.Subject.ShouldBe(communique.Subject);
        imported.Draft.Classification.ShouldBe(Classification.Confidential);
        imported.Draft.Clauses.Select(c => JsonSerializer.Serialize(c, Json)).ShouldBe(EveryKind.Select(c => JsonSerializer.Serialize(c, Json)));
        imported.Unresolved.ShouldBeEmpty();
    }

    /// <summary>The kinds of issue 18's fourth item: each is one sentence of the letter, and read back to the same terms.</summary>
    private static readonly Clause[] NewerKinds =
    [
        new OtherRequestClause("A joint stamp issue", "Marking seventy years of relations."),
        new DiplomaticRelationsClause(DiplomaticAction.EstablishRelations, "Ulaanbaatar", null),
        new DiplomaticRelationsClause(DiplomaticAction.OpenEmbassy, "Ulaanbaatar", null),
        new DiplomaticRelationsClause(DiplomaticAction.AccreditAmbassador, null, "Yerlan Abenov"),
        new StatusOfForcesClause(Jurisdiction.SendingState, true, false, null),
        new DefencePactClause(PactType.NonAggression, 10),
        new DefencePactClause(PactType.MutualDefence, null),
        new OverflightRightsClause(AircraftCategory.Both, "the northern corridor", 48),
        new IntelligenceSharingClause([IntelligenceDomain.Sigint, IntelligenceDomain.Osint], "assessed reports"),
        new ArmsPurchaseClause(["armoured personnel carriers"], 40, 120_000_000m, "USD"),
        new VisaFacilitationClause(["students", "business travellers"], Waiver: true),
    ];

    [Theory]
    [InlineData(ExportFormat.BBCode)]
    [InlineData(ExportFormat.Markdown)]
    public void TheNewerKinds_AreWrittenOut_AndReadBack(ExportFormat format)
    {
        var communique = new CommuniqueText(ExampleWorld.ForeignMinistry("KAZ"), ExampleWorld.ForeignMinistry("MNG"), "Relations and Security",
            Classification.Confidential, "Dear Minister, we write with the following requests.", [.. EveryKind, .. NewerKinds], World.Today);

        var exported = ForumExport.Communique(communique, World, format);
        var imported = ForumImporter.Import(exported, ForumFormat.Auto, World);

        foreach (var words in new[] { "for the game master to rule on: A joint stamp issue.", "establish diplomatic relations with Mongolia", "to open its embassy in Ulaanbaatar",
            "for Yerlan Abenov as its ambassador", "under the jurisdiction of the sending state, exempt from customs duties and liable to taxes", "non-aggression pact with Mongolia, for 10 years",
            "military and civil aircraft be cleared to overfly Mongolia along the northern corridor, on 48 hours' notice", "share intelligence with Mongolia gathered from signals and open sources",
            "buy 40 of armoured personnel carriers from Mongolia, for USD 120,000,000", "waive visas for students and business travellers" })
            exported.ShouldContain(words);
        imported.Draft.Clauses.Select(c => JsonSerializer.Serialize(c, Json)).ShouldBe(EveryKind.Concat(NewerKinds).Select(c => JsonSerializer.Serialize(c, Json)));
    }

    [Fact]
    public void BBCodeInTheGameText_StaysText()
    {
        var communique = new CommuniqueText(ExampleWorld.ForeignMinistry("KAZ"), ExampleWorld.ForeignMinistry("MNG"), "[url=https://evil.invalid]click[/url]",
            Classification.Public, "[img]https://evil.invalid/x.png[/img] <script>alert(1)</script>", [], World.Today);

        var exported = ForumExport.Communique(communique, World, ExportFormat.BBCode);

        exported.ShouldNotContain("[url=");
        exported.ShouldNotContain("[img]");
    }

    [Fact]
    public void TheBodysForumFormatting_SurvivesInBBCodeAndBecomesMarkdown()
    {
        var communique = new CommuniqueText(ExampleWorld.ForeignMinistry("KAZ"), ExampleWorld.ForeignMinistry("MNG"), "Formatting", Classification.Public,
            "Moscow writes [b]in friendship[/b]; see [url=https://example.invalid/a_b]the map[/url]. [url=javascript:alert(1)]click[/url] [img]x.png[/img] [spoiler]5*5[/spoiler]", [], World.Today);

        var bbcode = ForumExport.Communique(communique, World, ExportFormat.BBCode);
        var markdown = ForumExport.Communique(communique, World, ExportFormat.Markdown);

        bbcode.ShouldContain("[b]in friendship[/b]");
        bbcode.ShouldContain("[url=https://example.invalid/a_b]the map[/url]");
        bbcode.ShouldNotContain("[url=javascript");
        bbcode.ShouldNotContain("[img]");
        markdown.ShouldContain("**in friendship**");
        markdown.ShouldContain("[the map](https://example.invalid/a_b)");
        markdown.ShouldNotContain("](javascript");
        markdown.ShouldContain("5\\*5");
    }

    [Fact]
    public void AnAgreement_BecomesTreatyTextWithNumberedArticles()
    {
        var agreement = new Agreement(Guid.NewGuid(), Guid.NewGuid(), EveryKind[0], new ClauseParties("KAZ", "MNG"), Classification.Confidential, Guid.NewGuid(), World.Today, ratificationRequired: true);
        agreement.Allocate([new PersonnelAllocation(ExampleWorld.InstallationId("Choir Air Base"), 1_200)]);
        agreement.Ratify("Ratified: within Choir's capacity.", "gm", World.Today);

        var treaty = ForumExport.Treaty(agreement, World, ExportFormat.Markdown);

        treaty.ShouldStartWith("## Agreement between Kazakhstan and Mongolia");
        treaty.ShouldContain("**Article 1 — Parties.**");
        treaty.ShouldContain("**Article 2 — Terms.** Kazakhstan is granted basing rights at Choir Air Base");
        treaty.ShouldContain("Choir Air Base: 1,200");
        treaty.ShouldContain("Ratified: within Choir's capacity.");
        treaty.ShouldContain("entered into force on 14 March 2019");
    }
}
