using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Rules;

public sealed class CompetenceAndRelationRulesTests
{
    private readonly RulesWorld world = new();

    [Theory]
    [InlineData(MinistryKind.ForeignAffairs, ClauseKind.BasingRights, true)]
    [InlineData(MinistryKind.Defence, ClauseKind.BasingRights, true)]
    [InlineData(MinistryKind.Trade, ClauseKind.BasingRights, false)]
    [InlineData(MinistryKind.Defence, ClauseKind.RefuelingRights, true)]
    [InlineData(MinistryKind.Energy, ClauseKind.RefuelingRights, false)]
    [InlineData(MinistryKind.Trade, ClauseKind.TradeAgreement, true)]
    [InlineData(MinistryKind.ForeignAffairs, ClauseKind.TradeAgreement, true)]
    [InlineData(MinistryKind.Defence, ClauseKind.TradeAgreement, false)]
    [InlineData(MinistryKind.Energy, ClauseKind.Investment, true)]
    [InlineData(MinistryKind.Interior, ClauseKind.DelegationVisit, true)]
    [InlineData(MinistryKind.Energy, ClauseKind.OtherRequest, true)]
    [InlineData(MinistryKind.ForeignAffairs, ClauseKind.DiplomaticRelations, true)]
    [InlineData(MinistryKind.HeadOfGovernment, ClauseKind.DiplomaticRelations, true)]
    [InlineData(MinistryKind.Defence, ClauseKind.DiplomaticRelations, false)]
    [InlineData(MinistryKind.Defence, ClauseKind.StatusOfForces, true)]
    [InlineData(MinistryKind.Trade, ClauseKind.StatusOfForces, false)]
    [InlineData(MinistryKind.ForeignAffairs, ClauseKind.DefencePact, true)]
    [InlineData(MinistryKind.Defence, ClauseKind.DefencePact, true)]
    [InlineData(MinistryKind.Trade, ClauseKind.DefencePact, false)]
    [InlineData(MinistryKind.Defence, ClauseKind.OverflightRights, true)]
    [InlineData(MinistryKind.Energy, ClauseKind.OverflightRights, false)]
    [InlineData(MinistryKind.Interior, ClauseKind.IntelligenceSharing, true)]
    [InlineData(MinistryKind.Trade, ClauseKind.IntelligenceSharing, false)]
    [InlineData(MinistryKind.Defence, ClauseKind.ArmsPurchase, true)]
    [InlineData(MinistryKind.Trade, ClauseKind.ArmsPurchase, true)]
    [InlineData(MinistryKind.ForeignAffairs, ClauseKind.ArmsPurchase, false)]
    [InlineData(MinistryKind.ForeignAffairs, ClauseKind.VisaFacilitation, true)]
    [InlineData(MinistryKind.Defence, ClauseKind.VisaFacilitation, false)]
    public void Competence_FollowsTheDesign(MinistryKind ministry, ClauseKind kind, bool competent) =>
        ClauseRules.IsCompetent(ministry, Sample(kind)).ShouldBe(competent);

    private static Clause Sample(ClauseKind kind) => kind switch
    {
        ClauseKind.BasingRights => new BasingRightsClause([], 0, 1, [], null),
        ClauseKind.ProtectingPower => new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both),
        ClauseKind.TradeAgreement => new TradeAgreementClause([], 0, "USD", null),
        ClauseKind.RefuelingRights => new RefuelingRightsClause([], "", []),
        ClauseKind.DelegationVisit => new DelegationVisitClause("Envoy", 1, "Hanoi", new DateOnly(2019, 1, 1)),
        ClauseKind.Cooperation => new CooperationClause(CooperationSector.Cultural, ""),
        ClauseKind.OtherRequest => new OtherRequestClause("A joint stamp issue", ""),
        ClauseKind.DiplomaticRelations => new DiplomaticRelationsClause(DiplomaticAction.OpenEmbassy, null, null),
        ClauseKind.StatusOfForces => new StatusOfForcesClause(Jurisdiction.SendingState, true, true, null),
        ClauseKind.DefencePact => new DefencePactClause(PactType.NonAggression, null),
        ClauseKind.OverflightRights => new OverflightRightsClause(AircraftCategory.Both, "north", 24),
        ClauseKind.IntelligenceSharing => new IntelligenceSharingClause([IntelligenceDomain.Osint], "summaries"),
        ClauseKind.ArmsPurchase => new ArmsPurchaseClause(["rifles"], 1, 1, "USD"),
        ClauseKind.VisaFacilitation => new VisaFacilitationClause(["students"], false),
        _ => new InvestmentClause("energy", 1, "USD"),
    };

    [Fact]
    public void ATradeMinistryAskingForBases_IsNotCompetent()
    {
        var clause = new BasingRightsClause([world.CamRanh.Id], 100, 100, [], null);

        var violation = ClauseRules.Check(world.View(), world.RussianTradeMinistry, new("RUS", "VNM"), clause, 0).ShouldHaveSingleItem();

        violation.Code.ShouldBe(RuleCodes.MinistryNotCompetent);
        violation.Message.ShouldContain("Foreign Affairs or Defence");
        ClauseRules.Check(world.View(), world.RussianDefenceMinistry, new("RUS", "VNM"), clause, 0).ShouldBeEmpty();
    }

    [Fact]
    public void AcceptanceDoesNotJudgeTheSendersMinistry()
    {
        var clause = new BasingRightsClause([world.CamRanh.Id], 100, 100, [], null);

        ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), clause, 0).ShouldBeEmpty();
    }

    [Fact]
    public void AGrantorThatThinksTooPoorlyOfTheRequester_RefusesBasing()
    {
        // China's opinion of the United States is -40; the ruleset asks at least 0 for basing.
        var yulin = new BasingRightsClause([world.CamRanh.Id], 100, 100, [], null);
        var violations = ClauseRules.CheckAcceptance(world.View(), new("USA", "CHN"), yulin, 0);

        var tooLow = violations.Single(v => v.Code == RuleCodes.RelationTooLow);
        tooLow.Message.ShouldContain("opinion -40");
    }

    [Fact]
    public void TheMinimumOpinion_IsTheGrantorsOpinionOfTheRequester_AndOnlyForTheKindsTheRulesetNames()
    {
        world.Opinion("VNM", "RUS", -51);

        ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), new BasingRightsClause([world.CamRanh.Id], 100, 100, [], null), 0)
            .ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.RelationTooLow);
        ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), new CooperationClause(CooperationSector.Cultural, "Film week."), 0).ShouldBeEmpty();
    }

    [Fact]
    public void ACounterProposal_KeepsTheKind()
    {
        var original = new InvestmentClause("shipbuilding", 1_000_000_000m, "USD");

        ClauseRules.CheckCounter(original, original with { Amount = 500_000_000m }, 2).ShouldBeEmpty();
        var violation = ClauseRules.CheckCounter(original, new CooperationClause(CooperationSector.Industrial, "Talk instead."), 2).ShouldHaveSingleItem();
        violation.Code.ShouldBe(RuleCodes.CounterChangesKind);
        violation.ClauseIndex.ShouldBe(2);
    }

    [Fact]
    public void EveryRuleCode_IsDistinctAndUpperSnakeCase()
    {
        RuleCodes.All.ShouldBeUnique();
        RuleCodes.All.ShouldAllBe(code => System.Text.RegularExpressions.Regex.IsMatch(code, "^[A-Z]+(_[A-Z]+)*$"));
    }
}
