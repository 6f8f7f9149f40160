using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Domain.Tests.Clauses;

/// <summary>Clauses travel as JSON with a "kind" discriminator, as API.md writes them.</summary>
public sealed class ClauseJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        AllowOutOfOrderMetadataProperties = true,
    };

    public static TheoryData<Clause, string> EveryKind() => new()
    {
        { new BasingRightsClause([Guid.NewGuid()], 5_000, 25_000, [BasingCapability.Sigint], null), "basingRights" },
        { new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), "protectingPower" },
        { new TradeAgreementClause(["energy"], -5m, "RUB", 10), "tradeAgreement" },
        { new RefuelingRightsClause([RefuelingAsset.Air], "the wider Pacific", []), "refuelingRights" },
        { new DelegationVisitClause("Deputy Prime Minister", 40, "Hanoi", new DateOnly(2018, 11, 12)), "delegationVisit" },
        { new CooperationClause(CooperationSector.Energy, "Joint exploration."), "cooperation" },
        { new InvestmentClause("shipbuilding", 1_000_000m, "USD"), "investment" },
        { new OtherRequestClause("A joint stamp issue", "Marking seventy years of relations."), "otherRequest" },
        { new DiplomaticRelationsClause(DiplomaticAction.AccreditAmbassador, "Hanoi", "Konstantin Vnukov"), "diplomaticRelations" },
        { new StatusOfForcesClause(Jurisdiction.SendingState, true, false, Guid.NewGuid()), "statusOfForces" },
        { new DefencePactClause(PactType.MutualDefence, 20), "defencePact" },
        { new OverflightRightsClause(AircraftCategory.Military, "the Gulf of Tonkin", 48), "overflightRights" },
        { new IntelligenceSharingClause([IntelligenceDomain.Sigint, IntelligenceDomain.Cyber], "assessed reports"), "intelligenceSharing" },
        { new ArmsPurchaseClause(["Su-30MK2 fighters"], 12, 600_000_000m, "USD"), "armsPurchase" },
        { new VisaFacilitationClause(["students", "business travellers"], true), "visaFacilitation" },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void EveryKind_WritesItsDiscriminatorOnce_AndReadsBackEqual(Clause clause, string kind)
    {
        var json = JsonSerializer.Serialize(clause, Web);

        using var document = JsonDocument.Parse(json);
        document.RootElement.EnumerateObject().Count(p => p.Name == "kind").ShouldBe(1);
        document.RootElement.GetProperty("kind").GetString().ShouldBe(kind);
        var read = JsonSerializer.Deserialize<Clause>(json, Web).ShouldNotBeNull();
        read.Kind.ShouldBe(clause.Kind);
        JsonSerializer.Serialize(read, Web).ShouldBe(json);
    }

    [Fact]
    public void TheDiscriminator_MayComeAfterTheTerms()
    {
        var read = JsonSerializer.Deserialize<Clause>("""{"protectedState":"RUS","hostState":"THA","scope":"consular","kind":"protectingPower"}""", Web);

        read.ShouldBe(new ProtectingPowerClause("RUS", "THA", ProtectionScope.Consular));
    }
}
