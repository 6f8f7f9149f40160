using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Features.Communiques;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// A submitted clause is one flat object, read by its kind into that kind's terms: the wire's shape
/// is the same for every kind, and a term that cannot be read is named by its whole path.
/// </summary>
public sealed class ClauseInputJsonTests
{
    // The HTTP API's options (Hosting/ServerSetup).
    private static readonly JsonSerializerOptions Api = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        AllowOutOfOrderMetadataProperties = true,
        AllowDuplicateProperties = false,
    };

    private static readonly Clause[] OfEveryKind =
    [
        new BasingRightsClause([Guid.NewGuid()], 5_000, 25_000, [BasingCapability.Sigint], null),
        new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both),
        new TradeAgreementClause(["energy"], -5m, "RUB", 10),
        new RefuelingRightsClause([RefuelingAsset.Air], "the wider Pacific", [Guid.NewGuid()]),
        new DelegationVisitClause("Deputy Prime Minister", 40, "Hanoi", new DateOnly(2018, 11, 12)),
        new CooperationClause(CooperationSector.Energy, "Joint exploration."),
        new InvestmentClause("shipbuilding", 1_000_000m, "USD"),
        new OtherRequestClause("A joint stamp issue", "Marking the anniversary of relations."),
        new DiplomaticRelationsClause(DiplomaticAction.EstablishRelations, null, null),
        new StatusOfForcesClause(Jurisdiction.ReceivingState, false, true, Guid.NewGuid()),
        new DefencePactClause(PactType.NonAggression, 10),
        new OverflightRightsClause(AircraftCategory.Civil, "the northern corridor", 24),
        new IntelligenceSharingClause([IntelligenceDomain.Humint], "raw reports"),
        new ArmsPurchaseClause(["coastal defence missiles"], 4, 90_000_000m, "USD"),
        new VisaFacilitationClause(["students"], false),
    ];

    public static TheoryData<Clause> EveryKind() => [.. OfEveryKind];

    [Fact]
    public void TheTestsKinds_AreEveryKind() =>
        OfEveryKind.Select(c => c.Kind).ShouldBe(ClauseKinds.All.Select(k => k.Kind));

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void AClause_AsTheClientWritesIt_IsReadAsItsKindsTerms_AndWrittenBackTheSame(Clause clause)
    {
        var wire = JsonSerializer.Serialize(clause, Api);

        var input = JsonSerializer.Deserialize<ClauseInput>(wire, Api).ShouldNotBeNull();

        input.Kind.ShouldBe(ClauseKinds.All.Single(k => k.Kind == clause.Kind).Name);
        input.Terms.ShouldNotBeNull().GetType().ShouldBe(ClauseKinds.All.Single(k => k.Kind == clause.Kind).Terms);
        JsonSerializer.Serialize(input.ToClause(), Api).ShouldBe(wire);
        JsonSerializer.Serialize(input, Api).ShouldBe(wire);
    }

    [Fact]
    public void TheKind_MayComeAfterTheTerms_InAnyCase()
    {
        var input = Read("""{ "size": 10, "city": "Hanoi", "headOfDelegation": "DPM", "proposedDate": "2018-12-01", "Kind": "delegationVisit" }""");

        input.Terms.ShouldBe(new DelegationVisitTerms("DPM", 10, "Hanoi", new DateOnly(2018, 12, 1)));
    }

    [Fact]
    public void MissingTerms_AreRead_AsMissing() =>
        Read("""{ "kind": "investment", "sector": "energy" }""").Terms.ShouldBe(new InvestmentTerms("energy", null, null));

    [Theory]
    [InlineData("""{ "kind": "annexation", "territory": "Crimea", "peacetimePersonnelCap": "many" }""", "annexation")]
    [InlineData("""{ "installations": [] }""", null)]
    [InlineData("""{ "kind": null, "size": 10 }""", null)]
    [InlineData("""{ "kind": "BasingRights", "installations": [] }""", "BasingRights")]
    public void AnUnknownOrMissingKind_IsReadWithoutTerms_ForTheValidatorToName(string json, string? kind)
    {
        var input = Read(json);

        input.Kind.ShouldBe(kind);
        input.Terms.ShouldBeNull();
    }

    [Theory]
    [InlineData("""{ "kind": "basingRights", "peacetimePersonnelCap": "many" }""", "$.clauses[0].peacetimePersonnelCap")]
    [InlineData("""{ "capabilities": ["sigint", "orbitalLasers"], "kind": "basingRights" }""", "$.clauses[0].capabilities[1]")]
    [InlineData("""{ "kind": 7 }""", "$.clauses[0].kind")]
    [InlineData("""5""", "$.clauses[0]")]
    public void ATermThatCannotBeRead_IsNamedByItsWholePath(string clause, string path)
    {
        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Letter>($$"""{ "clauses": [{{clause}}] }""", Api));

        var detail = RequestReadErrors.Describe(error);
        detail.ShouldStartWith($"The request body is not valid JSON for this request at {path} (line 1, position ");
        detail.ShouldEndWith("the value there is not of the kind this field takes (a string, a number, an object or a list where another is expected, or a choice that does not exist).");
    }

    [Theory]
    [InlineData("""{ "kind": "investment", "kind": "cooperation" }""")]
    [InlineData("""{ "kind": "investment", "amount": 1, "amount": 2 }""")]
    public void AFieldGivenTwice_CannotBeRead(string clause)
    {
        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Letter>($$"""{ "clauses": [{{clause}}] }""", Api));

        RequestReadErrors.Describe(error).ShouldStartWith("The request body is not valid JSON for this request at $.clauses[0].");
    }

    [Theory]
    [InlineData("""{ "territory": "Crimea", "kind": "annexation" }""", "annexation", null)]
    [InlineData("""{ "sector": "energy", "statement": "Joint exploration.", "kind": "cooperation" }""", "cooperation", typeof(CooperationTerms))]
    public async Task AClause_ReadFromAStream_InSmallPieces_IsReadAlike(string clause, string kind, Type? terms)
    {
        // An HTTP body is read as a stream, a buffer at a time: the reader a converter gets is then never the final block.
        var options = new JsonSerializerOptions(Api) { DefaultBufferSize = 16 };
        using var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{ "clauses": [{{clause}}, {{clause}}] }"""));

        var letter = (await JsonSerializer.DeserializeAsync<Letter>(body, options)).ShouldNotBeNull();

        letter.Clauses.ShouldNotBeNull().Count.ShouldBe(2);
        letter.Clauses.ShouldAllBe(c => c.Kind == kind && (c.Terms == null ? null : c.Terms.GetType()) == terms);
    }

    private static ClauseInput Read(string json) => JsonSerializer.Deserialize<ClauseInput>(json, Api).ShouldNotBeNull();

    private sealed record Letter(IReadOnlyList<ClauseInput>? Clauses);
}
