using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Rulesets;

namespace DiplomacySim.Domain.Tests.Rules;

public sealed class TradeAndVisitRulesTests
{
    private readonly RulesWorld world = new();

    private List<string> Codes(Clause clause) =>
        [.. ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), clause, 0).Select(v => v.Code)];

    private static TradeAgreementClause Trade(decimal tariff) => new(["energy", "agriculture"], tariff, "RUB", 10);

    private static DelegationVisitClause Visit(int size, DateOnly date) => new("Deputy Prime Minister", size, "Hanoi", date);

    [Theory]
    [InlineData(-25)]
    [InlineData(0)]
    [InlineData(25)]
    public void ATariffChangeWithinTheThresholds_BreaksNoRule(decimal tariff) => Codes(Trade(tariff)).ShouldBeEmpty();

    [Theory]
    [InlineData(-25.5)]
    [InlineData(80)]
    public void ATariffChangeBeyondTheThresholds_IsOutOfRange(decimal tariff) => Codes(Trade(tariff)).ShouldBe([RuleCodes.TariffOutOfRange]);

    [Fact]
    public void TheRulesetsThresholds_AreTheOnesApplied()
    {
        world.Ruleset = world.Ruleset with { Thresholds = new RuleThresholds(MaxDelegationSize: 10, MinTariffChangePercent: -5, MaxTariffChangePercent: 5) };

        Codes(Trade(6)).ShouldBe([RuleCodes.TariffOutOfRange]);
        Codes(Visit(11, RulesWorld.Today)).ShouldBe([RuleCodes.DelegationTooLarge]);
    }

    [Fact]
    public void AnEmbargoEitherWay_StopsTrade_ButNotOtherRequests()
    {
        world.Embargo("VNM", "RUS");

        Codes(Trade(5)).ShouldBe([RuleCodes.EmbargoInForce]);
        Codes(Visit(10, RulesWorld.Today)).ShouldBeEmpty();
    }

    [Fact]
    public void AnEmbargoBetweenOtherNations_DoesNotStopTrade()
    {
        world.Embargo("USA", "CHN");

        Codes(Trade(5)).ShouldBeEmpty();
    }

    [Fact]
    public void AVisitToday_IsOnTime_AndYesterdayIsInThePast()
    {
        Codes(Visit(40, RulesWorld.Today)).ShouldBeEmpty();
        Codes(Visit(40, RulesWorld.Today.AddDays(-1))).ShouldBe([RuleCodes.DateInPast]);
    }

    [Fact]
    public void ADelegationAboveTheLimit_IsTooLarge()
    {
        Codes(Visit(200, RulesWorld.Today)).ShouldBeEmpty();
        Codes(Visit(201, RulesWorld.Today)).ShouldBe([RuleCodes.DelegationTooLarge]);
    }
}
