using DiplomacySim.Domain.Clauses;
using FluentValidation;

namespace DiplomacySim.Domain.Tests.Clauses;

/// <summary>Each kind's terms as submitted: what must be there and how big it may be, before any of the game's rules.</summary>
public sealed class ClauseTermsValidatorTests
{
    private static readonly Guid YenBai = Guid.NewGuid();

    private static readonly BasingRightsTerms Basing = new([YenBai], 5_000, 25_000, [BasingCapability.Sigint], null);
    private static readonly DelegationVisitTerms Visit = new("Deputy Prime Minister", 40, "Hanoi", new DateOnly(2018, 11, 12));
    private static readonly InvestmentTerms Investment = new("shipbuilding", 1_000_000m, "USD");

    [Fact]
    public void WholeTerms_PassAndBecomeTheirClause()
    {
        new BasingRightsTermsValidator().Validate(Basing).IsValid.ShouldBeTrue();
        new DelegationVisitTermsValidator().Validate(Visit).IsValid.ShouldBeTrue();
        new InvestmentTermsValidator().Validate(Investment).IsValid.ShouldBeTrue();

        Basing.ToClause().ShouldBeOfType<BasingRightsClause>().EmergencyPersonnelCap.ShouldBe(25_000);
        Visit.ToClause().ShouldBeOfType<DelegationVisitClause>().City.ShouldBe("Hanoi");
    }

    [Fact]
    public void BasingRights_WithoutAPeacetimeCap_NamesIt() =>
        Errors(new BasingRightsTermsValidator(), Basing with { PeacetimePersonnelCap = null })
            .ShouldBe([("PeacetimePersonnelCap", "'Peacetime Personnel Cap' must not be empty.")]);

    [Theory]
    [InlineData(-1, 25_000, "PeacetimePersonnelCap")]
    [InlineData(0, 10_000_001, "EmergencyPersonnelCap")]
    public void BasingRights_WithACapOutOfRange_NamesIt(int peacetime, int emergency, string field) =>
        Errors(new BasingRightsTermsValidator(), Basing with { PeacetimePersonnelCap = peacetime, EmergencyPersonnelCap = emergency })
            .Select(e => e.Field).ShouldBe([field]);

    [Fact]
    public void BasingRights_NamingABaseTwice_OrNone_IsRefused()
    {
        Errors(new BasingRightsTermsValidator(), Basing with { Installations = [YenBai, YenBai] })
            .ShouldBe([("Installations", "List at most 20 installations, each once.")]);
        Errors(new BasingRightsTermsValidator(), Basing with { Installations = [] })
            .ShouldBe([("Installations", "Name at least one installation by id.")]);
    }

    [Fact]
    public void BasingRights_ForTermsOutsideOneTo99Years_IsRefused() =>
        Errors(new BasingRightsTermsValidator(), Basing with { TermYears = 100 }).Select(e => e.Field).ShouldBe(["TermYears"]);

    [Fact]
    public void AVisit_WithoutADate_AsksForOne() =>
        Errors(new DelegationVisitTermsValidator(), Visit with { ProposedDate = null })
            .ShouldBe([("ProposedDate", "Give the proposed in-game date (yyyy-MM-dd).")]);

    [Fact]
    public void AVisit_OfNobody_IsRefused() =>
        Errors(new DelegationVisitTermsValidator(), Visit with { Size = 0 }).Select(e => e.Field).ShouldBe(["Size"]);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void AnInvestment_OfNothingOrLess_IsRefused(int amount) =>
        Errors(new InvestmentTermsValidator(), Investment with { Amount = amount }).Select(e => e.Field).ShouldBe(["Amount"]);

    [Fact]
    public void AnInvestment_WithoutACurrency_NamesIt() =>
        Errors(new InvestmentTermsValidator(), Investment with { Currency = null }).Select(e => e.Field).ShouldBe(["Currency"]);

    [Theory]
    [InlineData("energy", true)]
    [InlineData("Defense", true)]
    [InlineData("space", false)]
    [InlineData("1", false)]
    [InlineData(null, false)]
    public void Cooperation_IsInANamedSector(string? sector, bool valid)
    {
        var errors = Errors(new CooperationTermsValidator(), new CooperationTerms(sector, "Joint exploration."));

        if (valid)
            errors.ShouldBeEmpty();
        else
            errors.ShouldBe([("Sector", "Give the sector: defense, energy, industrial, security or cultural.")]);
    }

    [Fact]
    public void AnOtherRequest_NeedsASummary_AndItsDetailsFitAStatement()
    {
        new OtherRequestTerms("A joint stamp issue", null).ToClause().ShouldBe(new OtherRequestClause("A joint stamp issue", ""));
        Errors(new OtherRequestTermsValidator(), new OtherRequestTerms(" ", "x")).ShouldBe([("Summary", "Say in a line what is requested.")]);
        Errors(new OtherRequestTermsValidator(), new OtherRequestTerms(new string('s', 201), new string('d', 4_001)))
            .Select(e => e.Field).ShouldBe(["Summary", "Details"]);
    }

    [Fact]
    public void AnAmbassador_IsAccreditedByName_AndAnEmbassyNeedsNone()
    {
        Errors(new DiplomaticRelationsTermsValidator(), new DiplomaticRelationsTerms(DiplomaticAction.AccreditAmbassador, "Hanoi", null))
            .ShouldBe([("Envoy", "Name the ambassador to be accredited.")]);
        Errors(new DiplomaticRelationsTermsValidator(), new DiplomaticRelationsTerms(DiplomaticAction.OpenEmbassy, null, null)).ShouldBeEmpty();
        Errors(new DiplomaticRelationsTermsValidator(), new DiplomaticRelationsTerms(null, null, null)).Select(e => e.Field).ShouldBe(["Action"]);
        new DiplomaticRelationsTerms(DiplomaticAction.OpenEmbassy, " ", "").ToClause().ShouldBe(new DiplomaticRelationsClause(DiplomaticAction.OpenEmbassy, null, null));
    }

    [Fact]
    public void AStatusOfForces_SaysEachExemption() =>
        Errors(new StatusOfForcesTermsValidator(), new StatusOfForcesTerms(Jurisdiction.Shared, null, null, Guid.Empty))
            .Select(e => e.Field).ShouldBe(["CustomsExemption", "TaxExemption", "Agreement"]);

    [Fact]
    public void APact_HasAType_AndATermOfOneTo99Years() =>
        Errors(new DefencePactTermsValidator(), new DefencePactTerms(null, 100)).Select(e => e.Field).ShouldBe(["Type", "TermYears"]);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(8_760, true)]
    [InlineData(8_761, false)]
    public void Overflight_IsAnnouncedFromNoneToAYearAhead(int hours, bool valid) =>
        Errors(new OverflightRightsTermsValidator(), new OverflightRightsTerms(AircraftCategory.Civil, "north", hours)).Count.ShouldBe(valid ? 0 : 1);

    [Fact]
    public void Intelligence_ListsEachDomainOnce_AtALevel() =>
        Errors(new IntelligenceSharingTermsValidator(), new IntelligenceSharingTerms([IntelligenceDomain.Sigint, IntelligenceDomain.Sigint], ""))
            .Select(e => e.Field).ShouldBe(["Domains", "Level"]);

    [Fact]
    public void AnArmsPurchase_BuysSomething_OfSomeValue() =>
        Errors(new ArmsPurchaseTermsValidator(), new ArmsPurchaseTerms([], 0, 0, null))
            .Select(e => e.Field).ShouldBe(["Items", "Quantity", "Value", "Currency"]);

    [Fact]
    public void VisaFacilitation_NamesWhoseVisas_AndWhetherWaived() =>
        Errors(new VisaFacilitationTermsValidator(), new VisaFacilitationTerms(null, null)).Select(e => e.Field).ShouldBe(["Categories", "Waiver"]);

    private static List<(string Field, string Message)> Errors<T>(AbstractValidator<T> validator, T terms) =>
        [.. validator.Validate(terms).Errors.Select(e => (e.PropertyName, e.ErrorMessage))];
}
