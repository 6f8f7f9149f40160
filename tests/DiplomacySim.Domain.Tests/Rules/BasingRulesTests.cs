using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Rules;

/// <summary>Basing and refuelling rights that Russia asks of Viet Nam.</summary>
public sealed class BasingRulesTests
{
    private static readonly ClauseParties RussiaAsksVietNam = new("RUS", "VNM");
    private readonly RulesWorld world = new();

    private static BasingRightsClause Basing(int peacetime, int emergency, params Installation[] at) =>
        new([.. at.Select(i => i.Id)], peacetime, emergency, [BasingCapability.NavalPresence], 10);

    private List<string> Codes(Clause clause, ClauseParties? parties = null) =>
        [.. ClauseRules.CheckAcceptance(world.View(), parties ?? RussiaAsksVietNam, clause, 0).Select(v => v.Code)];

    [Fact]
    public void BasingWithinTheRoomOfTheGrantorsBases_BreaksNoRule() =>
        Codes(Basing(5_000, 15_000, world.CamRanh, world.DaNang)).ShouldBeEmpty();

    [Fact]
    public void AnInstallationTheGameDoesNotKnow_IsInstallationUnknown()
    {
        var clause = new BasingRightsClause([Guid.NewGuid()], 100, 100, [], null);

        Codes(clause).ShouldBe([RuleCodes.InstallationUnknown]);
    }

    [Fact]
    public void ABaseInAThirdCountry_IsNotInTheRecipientsTerritory()
    {
        var violation = ClauseRules.CheckAcceptance(world.View(), RussiaAsksVietNam, Basing(100, 100, world.UTapao), 3).ShouldHaveSingleItem();

        violation.Code.ShouldBe(RuleCodes.InstallationNotInRecipientTerritory);
        violation.ClauseIndex.ShouldBe(3);
        violation.Message.ShouldBe("Clause 4 (basing rights): U-Tapao Royal Thai Navy Airfield lies in Thailand, not in Viet Nam; only Viet Nam can grant rights there.");
    }

    [Theory]
    [InlineData(5_000, 1_000)]
    [InlineData(-1, 1_000)]
    [InlineData(0, 0)]
    public void APeacetimeCapAboveTheEmergencyCap_OrCapsBelowZero_AreInconsistent(int peacetime, int emergency) =>
        Codes(Basing(peacetime, emergency, world.CamRanh)).ShouldContain(RuleCodes.CapsInconsistent);

    [Fact]
    public void EqualCaps_AreConsistent() => Codes(Basing(1_000, 1_000, world.CamRanh)).ShouldBeEmpty();

    [Fact]
    public void AnEmergencyCapAboveTheFreeRoom_ExceedsCapacity()
    {
        Codes(Basing(1_000, 15_001, world.CamRanh, world.DaNang)).ShouldBe([RuleCodes.CapacityExceeded]);
        Codes(Basing(1_000, 15_000, world.CamRanh, world.DaNang)).ShouldBeEmpty();
    }

    [Fact]
    public void RoomPromisedToAnotherAgreement_CountsAgainstTheCapacity()
    {
        world.DaNang.Reserve(4_000);

        Codes(Basing(500, 1_001, world.DaNang)).ShouldBe([RuleCodes.CapacityExceeded]);
        Codes(Basing(500, 1_000, world.DaNang)).ShouldBeEmpty();
    }

    [Fact]
    public void ListingABaseTwice_DoesNotCountItsRoomTwice() =>
        Codes(Basing(1_000, 6_000, world.DaNang, world.DaNang)).ShouldBe([RuleCodes.CapacityExceeded]);

    [Fact]
    public void ABasePromisedToARivalOfTheRequester_IsLeasedToARival()
    {
        world.Agreement(Basing(100, 1_000, world.CamRanh), "USA", "VNM", Classification.Public);

        var violation = ClauseRules.CheckAcceptance(world.View(), RussiaAsksVietNam, Basing(100, 1_000, world.CamRanh), 0).ShouldHaveSingleItem();

        violation.Code.ShouldBe(RuleCodes.InstallationLeasedToRival);
        violation.Message.ShouldContain("United States");
    }

    [Fact]
    public void Rivalry_CountsEitherWay()
    {
        // China names Viet Nam a rival, not Russia; Russia names the United States.
        world.Agreement(Basing(100, 1_000, world.CamRanh), "RUS", "VNM", Classification.Public);

        Codes(Basing(100, 1_000, world.CamRanh), new("CHN", "VNM")).ShouldBeEmpty();
        Codes(Basing(100, 1_000, world.CamRanh), new("USA", "VNM")).ShouldContain(RuleCodes.InstallationLeasedToRival);
    }

    [Fact]
    public void AVetoedLeaseToARival_NoLongerBlocksTheBase()
    {
        var lease = world.Agreement(Basing(100, 1_000, world.CamRanh), "USA", "VNM");
        lease.Veto("Vetoed.", "gm", RulesWorld.Today);

        Codes(Basing(100, 1_000, world.CamRanh)).ShouldBeEmpty();
    }

    [Fact]
    public void RefuellingAtAnotherCountrysBase_IsNotInTheRecipientsTerritory()
    {
        Codes(new RefuelingRightsClause([RefuelingAsset.Air], "Gulf of Thailand", [world.UTapao.Id])).ShouldBe([RuleCodes.InstallationNotInRecipientTerritory]);
        Codes(new RefuelingRightsClause([RefuelingAsset.Air], "Gulf of Thailand", [Guid.NewGuid()])).ShouldBe([RuleCodes.InstallationUnknown]);
        Codes(new RefuelingRightsClause([RefuelingAsset.Naval], "South China Sea", [world.CamRanh.Id])).ShouldBeEmpty();
        Codes(new RefuelingRightsClause([RefuelingAsset.Naval], "the wider Pacific", [])).ShouldBeEmpty();
    }
}
