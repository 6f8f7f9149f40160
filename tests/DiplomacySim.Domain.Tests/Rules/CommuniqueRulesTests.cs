using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rules;

namespace DiplomacySim.Domain.Tests.Rules;

public sealed class CommuniqueRulesTests
{
    private readonly RulesWorld world = new();

    private static readonly Clause Cooperation = new CooperationClause(CooperationSector.Energy, "Joint offshore exploration.");

    [Fact]
    public void TheHolderWritingToAnotherNation_BreaksNoRule()
    {
        var violations = CommuniqueRules.Check(world.View(), RulesWorld.RussianDiplomat, world.RussianForeignMinistry.Id, world.VietnameseForeignMinistry.Id, [Cooperation]);

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void WritingForAMinistryAnotherPlayerHolds_IsSenderNotHeld()
    {
        var violations = CommuniqueRules.Check(world.View(), RulesWorld.RussianDiplomat, world.VietnameseForeignMinistry.Id, world.RussianForeignMinistry.Id, []);

        var violation = violations.ShouldHaveSingleItem();
        violation.Code.ShouldBe(RuleCodes.SenderNotHeld);
        violation.ClauseIndex.ShouldBeNull();
        violation.Message.ShouldContain("ForeignAffairs of VNM");
    }

    [Fact]
    public void AnUnknownSendingMinistry_IsSenderNotHeld()
    {
        CommuniqueRules.Check(world.View(), RulesWorld.RussianDiplomat, Guid.NewGuid(), world.VietnameseForeignMinistry.Id, [])
            .ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.SenderNotHeld);
    }

    [Fact]
    public void AGameMaster_MayWriteForAMinistryNobodyHolds_ButNotForAHeldOne()
    {
        CommuniqueRules.MayActFor(RulesWorld.GameMaster, world.RussianTradeMinistry).ShouldBeTrue();
        CommuniqueRules.MayActFor(RulesWorld.GameMaster, world.RussianForeignMinistry).ShouldBeFalse();
        CommuniqueRules.MayActFor(RulesWorld.RussianDiplomat, world.RussianTradeMinistry).ShouldBeFalse();
        CommuniqueRules.MayActFor(RulesWorld.RussianDiplomat, world.RussianDefenceMinistry).ShouldBeTrue();
    }

    [Fact]
    public void AnUnknownRecipient_IsRecipientUnknown_AndNoClauseIsJudged()
    {
        var violations = CommuniqueRules.Check(world.View(), RulesWorld.RussianDiplomat, world.RussianForeignMinistry.Id, Guid.NewGuid(),
            [new TradeAgreementClause(["energy"], 90m, "RUB", null)]);

        violations.ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.RecipientUnknown);
    }

    [Fact]
    public void WritingToAnotherMinistryOfTheSameNation_IsSameNation()
    {
        var violation = CommuniqueRules.Check(world.View(), RulesWorld.RussianDiplomat, world.RussianDefenceMinistry.Id, world.RussianForeignMinistry.Id, [Cooperation])
            .ShouldHaveSingleItem();

        violation.Code.ShouldBe(RuleCodes.SameNation);
        violation.Message.ShouldContain("Russia");
    }

    [Fact]
    public void ClauseViolations_CarryTheirIndex_InTheOrderOfTheClauses()
    {
        var violations = CommuniqueRules.Check(world.View(), RulesWorld.RussianDiplomat, world.RussianForeignMinistry.Id, world.VietnameseForeignMinistry.Id,
        [
            Cooperation,
            new TradeAgreementClause(["energy"], 90m, "RUB", null),
            new DelegationVisitClause("Deputy Prime Minister", 500, "Hanoi", RulesWorld.Today.AddDays(-1)),
        ]);

        violations.Select(v => (v.Code, v.ClauseIndex)).ShouldBe(
        [
            (RuleCodes.TariffOutOfRange, 1),
            (RuleCodes.DateInPast, 2),
            (RuleCodes.DelegationTooLarge, 2),
        ]);
        violations[0].Message.ShouldStartWith("Clause 2 (trade agreement): ");
    }

    [Fact]
    public void TheRequesterIsTheSendersNation_AndTheGrantorTheRecipients()
    {
        // U-Tapao lies in Thailand: fine to ask of Bangkok, not of Hanoi.
        Clause basing = new BasingRightsClause([world.UTapao.Id], 100, 100, [], null);
        world.Opinion("THA", "RUS", 10);

        CommuniqueRules.Check(world.View(), RulesWorld.RussianDiplomat, world.RussianForeignMinistry.Id, world.ThaiForeignMinistry.Id, [basing]).ShouldBeEmpty();
        CommuniqueRules.Check(world.View(), RulesWorld.RussianDiplomat, world.RussianForeignMinistry.Id, world.VietnameseForeignMinistry.Id, [basing])
            .ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.InstallationNotInRecipientTerritory);
    }
}
