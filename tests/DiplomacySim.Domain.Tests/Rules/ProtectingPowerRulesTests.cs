using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rules;

namespace DiplomacySim.Domain.Tests.Rules;

/// <summary>Russia asks a protector to look after its interests in a host state (VCDR Articles 45-46).</summary>
public sealed class ProtectingPowerRulesTests
{
    private static readonly ProtectingPowerClause RussiaInThailand = new("RUS", "THA", ProtectionScope.Both);
    private readonly RulesWorld world = new();

    private List<string> Codes(ProtectingPowerClause clause, string protector = "VNM") =>
        [.. ClauseRules.CheckAcceptance(world.View(), new("RUS", protector), clause, 0).Select(v => v.Code)];

    [Fact]
    public void VietNamProtectingRussiasInterestsInThailand_BreaksNoRule() => Codes(RussiaInThailand).ShouldBeEmpty();

    [Fact]
    public void AStateWithAnOpenEmbassyInTheHost_NeedsNoProtectingPower() =>
        Codes(new ProtectingPowerClause("RUS", "CHN", ProtectionScope.Consular)).ShouldContain(RuleCodes.ProtectedStateHasEmbassy);

    [Fact]
    public void AProtectorWithoutAnEmbassyInTheHost_CannotProtect()
    {
        // China keeps no embassy in Thailand in this small world.
        Codes(RussiaInThailand, protector: "CHN").ShouldBe([RuleCodes.ProtectorHasNoEmbassy]);
    }

    [Fact]
    public void TheHostItself_CannotBeTheProtectingPower() => Codes(RussiaInThailand, protector: "THA").ShouldBe([RuleCodes.ProtectorIsHost]);

    [Fact]
    public void ProtectionInTheProtectedStatesOwnTerritory_IsRefused() =>
        Codes(new ProtectingPowerClause("RUS", "RUS", ProtectionScope.Both)).ShouldBe([RuleCodes.ProtectedStateIsHost]);

    [Fact]
    public void AnUnknownProtectedOrHostState_IsNationUnknown_OncePerName()
    {
        var violations = ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), new ProtectingPowerClause("XYZ", "ATL", ProtectionScope.Both), 0);

        violations.Select(v => v.Code).ShouldBe([RuleCodes.NationUnknown, RuleCodes.NationUnknown]);
        violations[0].Message.ShouldContain("'XYZ'");
        violations[1].Message.ShouldContain("'ATL'");
    }

    [Fact]
    public void ALiveMandateForTheSameInterests_MeansAMandateExists()
    {
        world.Agreement(RussiaInThailand, "RUS", "VNM");

        Codes(RussiaInThailand).ShouldBe([RuleCodes.MandateExists]);
        Codes(new ProtectingPowerClause("RUS", "CHN", ProtectionScope.Both)).ShouldNotContain(RuleCodes.MandateExists);
    }

    [Fact]
    public void AMandateTheHostRefused_NoLongerExists()
    {
        var refused = world.Agreement(RussiaInThailand, "RUS", "VNM");
        refused.RecordConsent("THA", given: false, RulesWorld.Today);

        Codes(RussiaInThailand).ShouldBeEmpty();
    }
}
