using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Opinions;

public sealed class RelationEffectsTests
{
    private static Ruleset With(params RelationEffect[] effects) =>
        new("test", new RuleThresholds(200, -25, 25), new HashSet<ClauseKind>(), new Dictionary<ClauseKind, int>(), effects);

    private static RelationEffect Effect(EffectTrigger when, int amount, EffectDirection between, ClauseKind? kind = null, int? fades = null) =>
        new(when, kind, $"reason-{amount}", amount, between, fades);

    [Fact]
    public void BothWays_MovesEachNationsOpinionOfTheOther()
    {
        var ruleset = With(Effect(EffectTrigger.CommuniqueDelivered, 1, EffectDirection.BothWays, fades: 30));

        RelationEffects.Of(ruleset, EffectTrigger.CommuniqueDelivered, "RUS", "VNM").ShouldBe(
        [
            new OpinionChange("RUS", "VNM", "reason-1", 1, 30),
            new OpinionChange("VNM", "RUS", "reason-1", 1, 30),
        ]);
    }

    [Fact]
    public void FirstToSecond_AndSecondToFirst_MoveOneOpinion()
    {
        var ruleset = With(Effect(EffectTrigger.ClauseRejected, -3, EffectDirection.FirstToSecond), Effect(EffectTrigger.ViolationRuled, -30, EffectDirection.SecondToFirst));

        RelationEffects.Of(ruleset, EffectTrigger.ClauseRejected, "RUS", "VNM").ShouldBe([new OpinionChange("RUS", "VNM", "reason--3", -3, null)]);
        RelationEffects.Of(ruleset, EffectTrigger.ViolationRuled, "RUS", "VNM").ShouldBe([new OpinionChange("VNM", "RUS", "reason--30", -30, null)]);
    }

    [Fact]
    public void AgreementEffects_AreThoseOfTheKind_AndThoseOfAnyKind()
    {
        var ruleset = With(
            Effect(EffectTrigger.AgreementInForce, 15, EffectDirection.FirstToSecond, ClauseKind.BasingRights),
            Effect(EffectTrigger.AgreementInForce, 8, EffectDirection.FirstToSecond, ClauseKind.TradeAgreement),
            Effect(EffectTrigger.AgreementInForce, 2, EffectDirection.FirstToSecond));

        RelationEffects.Of(ruleset, EffectTrigger.AgreementInForce, "RUS", "VNM", ClauseKind.TradeAgreement).Select(c => c.Amount).ShouldBe([8, 2]);
        RelationEffects.Of(ruleset, EffectTrigger.AgreementInForce, "RUS", "VNM", ClauseKind.Investment).Select(c => c.Amount).ShouldBe([2]);
    }

    [Fact]
    public void ATriggerWithoutEffects_ChangesNothing() =>
        RelationEffects.Of(With(), EffectTrigger.CommuniqueDelivered, "RUS", "VNM").ShouldBeEmpty();

    // Rival reactions: Russia is granted basing in Viet Nam, in southeast-asia.

    private static Dictionary<string, IReadOnlyNation> Nations(params Nation[] nations) => nations.ToDictionary(n => n.Code, n => (IReadOnlyNation)n);

    private static Nation Nation(string code, string region, string[]? rivals = null, string[]? interests = null)
    {
        var nation = new Nation(Guid.Empty, code, code, region);
        nation.Rivals.AddRange(rivals ?? []);
        nation.Interests.AddRange(interests ?? []);
        return nation;
    }

    private static readonly Ruleset RivalEffect = With(Effect(EffectTrigger.RivalBasingInRegion, -10, EffectDirection.BothWays, fades: 365));

    [Fact]
    public void ARivalWatchingTheRegion_ThinksLessOfBothParties_InCodeOrder()
    {
        var nations = Nations(
            Nation("RUS", "eurasia", rivals: ["USA"]),
            Nation("VNM", "southeast-asia", rivals: ["CHN"]),
            Nation("USA", "north-america", rivals: ["RUS", "CHN"], interests: ["southeast-asia"]),
            Nation("CHN", "east-asia", rivals: ["USA", "VNM"], interests: ["southeast-asia"]));

        RelationEffects.RivalReactions(RivalEffect, nations, "RUS", "VNM", "southeast-asia").Select(c => (c.From, c.To, c.Amount, c.FadesOverDays)).ShouldBe(
        [
            ("CHN", "RUS", -10, 365),
            ("CHN", "VNM", -10, 365),
            ("USA", "RUS", -10, 365),
            ("USA", "VNM", -10, 365),
        ]);
    }

    [Fact]
    public void Rivalry_CountsWhicheverSideNamesIt()
    {
        // Only Viet Nam names Laos-in-this-test a rival; Laos names nobody.
        var nations = Nations(Nation("RUS", "eurasia"), Nation("VNM", "southeast-asia", rivals: ["LAO"]), Nation("LAO", "southeast-asia"));

        RelationEffects.RivalReactions(RivalEffect, nations, "RUS", "VNM", "southeast-asia").Select(c => c.From).Distinct().ShouldBe(["LAO"]);
    }

    [Fact]
    public void ARivalThatDoesNotWatchTheRegion_DoesNotReact()
    {
        var nations = Nations(Nation("RUS", "eurasia", rivals: ["GBR"]), Nation("VNM", "southeast-asia"), Nation("GBR", "europe", rivals: ["RUS"]));

        RelationEffects.RivalReactions(RivalEffect, nations, "RUS", "VNM", "southeast-asia").ShouldBeEmpty();
    }

    [Fact]
    public void ThePartiesNeverReactToThemselves_AndNeutralsStayQuiet()
    {
        var nations = Nations(Nation("RUS", "southeast-asia", rivals: ["VNM"]), Nation("VNM", "southeast-asia", rivals: ["RUS"]), Nation("THA", "southeast-asia"));

        RelationEffects.RivalReactions(RivalEffect, nations, "RUS", "VNM", "southeast-asia").ShouldBeEmpty();
    }

    [Fact]
    public void WithoutARivalEffectInTheRuleset_NobodyReacts()
    {
        var nations = Nations(Nation("RUS", "eurasia"), Nation("VNM", "southeast-asia", rivals: ["CHN"]), Nation("CHN", "southeast-asia"));

        RelationEffects.RivalReactions(With(), nations, "RUS", "VNM", "southeast-asia").ShouldBeEmpty();
    }
}
