using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Rules;

/// <summary>
/// Rules that rest on an agreement one side of the clause may not know of: the game still feels the
/// arrangement, and the message says no more than that it exists (decision 0007).
/// </summary>
public sealed class UndisclosedArrangementRulesTests
{
    // An odd figure that appears nowhere else, so a message that gives it away is caught.
    private const int SecretPersonnel = 1_237;

    private readonly RulesWorld world = new();

    private static BasingRightsClause Basing(int emergency, params Installation[] at) =>
        new([.. at.Select(i => i.Id)], 0, emergency, [BasingCapability.NavalPresence], null);

    private Agreement SecretLease(string requester, Installation at, int personnel = SecretPersonnel)
    {
        var lease = world.Agreement(Basing(personnel, at), requester, at.Nation, Classification.Secret);
        lease.Allocate([new PersonnelAllocation(at.Id, personnel)]);
        at.Reserve(personnel);
        return lease;
    }

    [Fact]
    public void ABaseHeldUnderASecretLease_HasNoRoomForAThirdNation_AndTheMessageNamesNothing()
    {
        var lease = SecretLease("USA", world.CamRanh);

        var violation = ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), Basing(100, world.CamRanh), 0).ShouldHaveSingleItem();

        violation.Code.ShouldBe(RuleCodes.CapacityExceeded);
        violation.Message.ShouldBe("Clause 1 (basing rights): no room is available at Cam Ranh Base for Russia's personnel.");
        violation.Message.ShouldNotContain("United States");
        violation.Message.ShouldNotContain(lease.Id.ToString());
        violation.Message.ShouldNotContain((world.CamRanh.Capacity - SecretPersonnel).ToString("N0"));
    }

    [Fact]
    public void NoCapOpensABaseHeldUnderASecretLease_SoFreeRoomCannotBeNarrowedDown()
    {
        SecretLease("USA", world.CamRanh);

        foreach (var cap in new[] { 1, 100, world.CamRanh.Capacity - SecretPersonnel, world.CamRanh.Capacity })
            ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), Basing(cap, world.CamRanh), 0).Select(v => v.Code).ShouldBe([RuleCodes.CapacityExceeded], $"cap {cap}");
    }

    [Fact]
    public void ASecretLeaseToARival_IsNeverNamedAsOne()
    {
        // The United States is Russia's rival: a public lease would be INSTALLATION_LEASED_TO_RIVAL.
        SecretLease("USA", world.CamRanh);

        ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), Basing(100, world.CamRanh), 0)
            .ShouldNotContain(v => v.Code == RuleCodes.InstallationLeasedToRival);
    }

    [Fact]
    public void ARequestersOwnSecretLease_CountsAsRoomItKnows()
    {
        SecretLease("RUS", world.CamRanh, personnel: 9_000);

        var violation = ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), Basing(2_000, world.CamRanh), 0).ShouldHaveSingleItem();

        violation.Code.ShouldBe(RuleCodes.CapacityExceeded);
        violation.Message.ShouldContain("can take 1,000 more");
        ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), Basing(1_000, world.CamRanh), 0).ShouldBeEmpty();
    }

    [Fact]
    public void APublicLease_LeavesItsRoomToOthers() =>
        ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), Basing(100, world.DaNang), 0).ShouldBeEmpty();

    [Fact]
    public void ABaseElsewhere_IsUntouchedByASecretLease()
    {
        SecretLease("USA", world.CamRanh);

        ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), Basing(100, world.DaNang), 0).ShouldBeEmpty();
    }

    [Fact]
    public void AStateAskingProtectionForAnotherStatesInterests_IsRefusedAtTheRoot()
    {
        // China asks for Russia's interests in Thailand: it may ask only for its own.
        var violation = ClauseRules.CheckAcceptance(world.View(), new("CHN", "VNM"), new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), 0).ShouldHaveSingleItem();

        violation.Code.ShouldBe(RuleCodes.ProtectedStateNotRequester);
        violation.Message.ShouldContain("only Russia can ask");
    }

    [Fact]
    public void AMandateTheGrantorMayNotKnowOf_IsNamedByNoProtectorAndNoId()
    {
        // Russia's secret mandate with Viet Nam; Russia now asks the United States too, whose players
        // read the violation when they try to accept.
        var mandate = world.Agreement(new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), "RUS", "VNM", Classification.Secret);

        var violation = ClauseRules.CheckAcceptance(world.View(), new("RUS", "USA"), new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), 0)
            .Single(v => v.Code == RuleCodes.MandateExists);

        violation.Message.ShouldBe("Clause 1 (protecting power): Russia's interests in Thailand are already in the care of a protecting power.");
        violation.Message.ShouldNotContain(mandate.Id.ToString());
        violation.Message.ShouldNotContain("Viet Nam");
    }

    [Fact]
    public void AMandateBothSidesKnow_IsNamedWithItsProtector()
    {
        var mandate = world.Agreement(new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), "RUS", "VNM", Classification.Secret);

        var violation = ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), 0)
            .Single(v => v.Code == RuleCodes.MandateExists);

        violation.Message.ShouldContain("Viet Nam already protects");
        violation.Message.ShouldContain(mandate.Id.ToString());
    }
}
