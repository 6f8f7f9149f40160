using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.Tests.Scenarios;

namespace DiplomacySim.Domain.Tests.Rulesets;

public sealed class RulesetReaderTests
{
    private const string Minimal = """
        {
          "thresholds": { "maxDelegationSize": 50, "tariffChangePercent": { "min": -10, "max": 10.5 } },
          "effects": [ { "when": "communiqueDelivered", "reason": "diplomatic-contact", "amount": 2 } ]
        }
        """;

    private static RulesetReadResult Read(string json) => RulesetReader.Read(json, "house.json");

    /// <summary>A valid file with one part replaced, so that each test breaks exactly one thing.</summary>
    private static string With(string effects = """[ { "when": "communiqueDelivered", "reason": "diplomatic-contact", "amount": 2 } ]""", string extra = "") => $$"""
        {
          "thresholds": { "maxDelegationSize": 50, "tariffChangePercent": { "min": -10, "max": 10 } },
          {{extra}}
          "effects": {{effects}}
        }
        """;

    [Fact]
    public void TheDefaultRuleset_IsValid_WithDesignsNumbers()
    {
        var path = Path.Combine(Path.GetDirectoryName(SeedFiles.ScenariosFolder())!, "rulesets", "default.json");

        var result = RulesetReader.Read(File.ReadAllText(path), "default.json");

        result.Errors.ShouldBeEmpty();
        var ruleset = result.Ruleset.ShouldNotBeNull();
        ruleset.Name.ShouldBe("default");
        ruleset.Thresholds.ShouldBe(new RuleThresholds(200, -25, 25));
        ruleset.RatificationRequired.ShouldBe([ClauseKind.BasingRights, ClauseKind.ProtectingPower, ClauseKind.DefencePact, ClauseKind.OtherRequest], ignoreOrder: true);
        ruleset.MinimumOpinionFor(ClauseKind.BasingRights).ShouldBe(0);
        ruleset.MinimumOpinionFor(ClauseKind.TradeAgreement).ShouldBeNull();
        ruleset.EffectsOf(EffectTrigger.AgreementInForce, ClauseKind.BasingRights).ShouldHaveSingleItem().Amount.ShouldBe(15);
        ruleset.EffectsOf(EffectTrigger.AgreementInForce, ClauseKind.TradeAgreement).ShouldHaveSingleItem().Amount.ShouldBe(8);
        // An other request moves no opinion of itself: what it is worth is the GM's to rule.
        ruleset.EffectsOf(EffectTrigger.AgreementInForce, ClauseKind.OtherRequest).ShouldBeEmpty();
        foreach (var kind in Enum.GetValues<ClauseKind>().Where(k => k != ClauseKind.OtherRequest))
            ruleset.EffectsOf(EffectTrigger.AgreementInForce, kind).ShouldHaveSingleItem(kind.ToString());
        ruleset.EffectsOf(EffectTrigger.AgreementInForce, ClauseKind.ProtectingPower).ShouldHaveSingleItem().Between.ShouldBe(EffectDirection.FirstToSecond);
        ruleset.EffectsOf(EffectTrigger.ClauseRejected).ShouldHaveSingleItem().Amount.ShouldBe(-3);
        ruleset.EffectsOf(EffectTrigger.RivalBasingInRegion).ShouldHaveSingleItem().Amount.ShouldBe(-10);
        ruleset.EffectsOf(EffectTrigger.ViolationRuled).ShouldHaveSingleItem().Amount.ShouldBe(-30);
        ruleset.EffectsOf(EffectTrigger.CommuniqueDelivered).ShouldHaveSingleItem().FadesOverDays.ShouldBe(30);
    }

    [Fact]
    public void AMinimalFile_TakesTheDefaultsForWhatItLeavesOut()
    {
        var ruleset = Read(Minimal).Ruleset.ShouldNotBeNull();

        ruleset.Name.ShouldBe("house");
        ruleset.Thresholds.MaxTariffChangePercent.ShouldBe(10.5m);
        ruleset.RatificationRequired.ShouldBeEmpty();
        ruleset.MinimumOpinionToAccept.ShouldBeEmpty();
        ruleset.Effects.ShouldHaveSingleItem().ShouldBe(new RelationEffect(EffectTrigger.CommuniqueDelivered, null, "diplomatic-contact", 2, EffectDirection.BothWays, null));
    }

    [Fact]
    public void AnUnknownProperty_IsAnError_WithASuggestion()
    {
        var error = Read(With(extra: "\"ratificationRequierd\": [],")).Errors.ShouldHaveSingleItem();

        error.File.ShouldBe("house.json");
        error.Field.ShouldBe("ratificationRequierd");
        error.Message.ShouldContain("did you mean \"ratificationRequired\"");
    }

    [Fact]
    public void AnUnknownTrigger_ListsTheTriggers()
    {
        var error = Read(With("""[ { "when": "warDeclared", "reason": "war", "amount": -50 } ]""")).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("effects[0].when");
        error.Message.ShouldContain("\"communiqueDelivered\"");
        error.Message.ShouldContain("\"violationRuled\"");
    }

    [Fact]
    public void AnUnknownKindInTheMinimumOpinions_IsNamed()
    {
        var error = Read(With(extra: "\"minimumOpinionToAccept\": { \"airspace\": 10 },")).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("minimumOpinionToAccept.airspace");
        error.Message.ShouldContain("\"basingRights\"");
    }

    [Fact]
    public void ATextWhereANumberBelongs_SaysWhatWasExpected()
    {
        var error = Read(With(extra: "\"minimumOpinionToAccept\": { \"basingRights\": \"high\" },")).Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("minimumOpinionToAccept.basingRights");
        error.Message.ShouldContain("a whole number");
    }

    [Fact]
    public void EveryValidationError_IsReportedAtOnce_WithItsPath()
    {
        var json = """
            {
              "thresholds": { "maxDelegationSize": 0, "tariffChangePercent": { "min": 10, "max": -10 } },
              "ratificationRequired": ["basingRights", "basingRights"],
              "minimumOpinionToAccept": { "tradeAgreement": 101 },
              "effects": [
                { "when": "clauseRejected", "kind": "tradeAgreement", "reason": "Rejected!", "amount": 0, "fadesOverDays": 0 },
                { "when": "communiqueDelivered", "reason": "contact", "amount": 1 },
                { "when": "communiqueDelivered", "reason": "contact", "amount": 2 },
                null
              ]
            }
            """;

        var errors = Read(json).Errors;

        errors.Select(e => e.Field).ShouldBe(
        [
            "thresholds.maxDelegationSize",
            "thresholds.tariffChangePercent",
            "ratificationRequired[1]",
            "minimumOpinionToAccept.tradeAgreement",
            "effects[0].reason",
            "effects[0].amount",
            "effects[0].fadesOverDays",
            "effects[0].kind",
            "effects[2]",
            "effects[3]",
        ]);
        Read(json).Ruleset.ShouldBeNull();
    }

    [Fact]
    public void MissingThresholdsAndEffects_AreRequired()
    {
        var errors = Read("{}").Errors;

        errors.Select(e => (e.Field, e.Message)).ShouldBe([("thresholds", "is null: give an object { ... } or remove the entry."), ("effects", "is null: give an object { ... } or remove the entry.")]);
    }

    [Fact]
    public void NotJson_IsOneErrorWithTheLine()
    {
        var error = Read("{\n  \"thresholds\": {\n}").Errors.ShouldHaveSingleItem();

        error.Field.ShouldBe("$");
        error.Message.ShouldStartWith("line ");
    }
}
