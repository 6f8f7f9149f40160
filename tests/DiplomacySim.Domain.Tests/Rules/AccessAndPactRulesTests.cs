using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Rules;

namespace DiplomacySim.Domain.Tests.Rules;

/// <summary>A status of forces stands on an access agreement between the same two; pacts follow the rivalries.</summary>
public sealed class AccessAndPactRulesTests
{
    private readonly RulesWorld world = new();

    private List<string> Codes(Clause clause, string requester = "RUS", string grantor = "VNM") =>
        [.. ClauseRules.CheckAcceptance(world.View(), new(requester, grantor), clause, 0).Select(v => v.Code)];

    private static StatusOfForcesClause Sofa(Guid? agreement = null) => new(Jurisdiction.Shared, CustomsExemption: true, TaxExemption: false, agreement);

    private Agreement Basing(string requester = "RUS", string grantor = "VNM") =>
        world.Agreement(new BasingRightsClause([world.CamRanh.Id], 100, 1_000, [], null), requester, grantor);

    [Fact]
    public void AStatusOfForces_WithoutBasingRights_HasNoAccessAgreementToAccompany() =>
        Codes(Sofa()).ShouldBe([RuleCodes.NoAccessAgreement]);

    [Fact]
    public void AStatusOfForces_BesidePendingBasingRights_IsInOrder_NamedOrNot()
    {
        var basing = Basing();

        Codes(Sofa()).ShouldBeEmpty();
        Codes(Sofa(basing.Id)).ShouldBeEmpty();
    }

    [Fact]
    public void BasingRightsTheOtherWay_OrEnded_GiveTheRequestersForcesNoAccess()
    {
        Basing(requester: "VNM", grantor: "RUS");
        var vetoed = Basing();
        vetoed.Veto("Vetoed.", "gm", RulesWorld.Today);

        Codes(Sofa()).ShouldBe([RuleCodes.NoAccessAgreement]);
    }

    [Fact]
    public void ANamedAgreement_ThatIsNotTheirAccessAgreement_ReadsAsUnknown_WhateverItIs()
    {
        Basing();
        var others = Basing(requester: "CHN", grantor: "THA");
        var trade = world.Agreement(new TradeAgreementClause(["energy"], 0, "USD", null), "RUS", "VNM");

        foreach (var id in new[] { others.Id, trade.Id, Guid.NewGuid() })
        {
            var violation = ClauseRules.CheckAcceptance(world.View(), new("RUS", "VNM"), Sofa(id), 0).ShouldHaveSingleItem();
            violation.Code.ShouldBe(RuleCodes.NoAccessAgreement);
            violation.Message.ShouldNotContain("China");
        }
    }

    [Fact]
    public void MutualDefence_BetweenRivals_IsRefused_ButNonAggressionIsWhatRivalsMayAgree()
    {
        Codes(new DefencePactClause(PactType.MutualDefence, 10), "VNM", "CHN").ShouldBe([RuleCodes.MutualDefenceWithRival]);
        Codes(new DefencePactClause(PactType.NonAggression, 10), "VNM", "CHN").ShouldBeEmpty();
        Codes(new DefencePactClause(PactType.MutualDefence, null)).ShouldBeEmpty();
    }

    [Fact]
    public void ASecondPactOfTheSameType_EitherWay_AlreadyExists()
    {
        world.Agreement(new DefencePactClause(PactType.MutualDefence, null), "VNM", "RUS");

        Codes(new DefencePactClause(PactType.MutualDefence, 5)).ShouldBe([RuleCodes.PactExists]);
        Codes(new DefencePactClause(PactType.NonAggression, 5)).ShouldBeEmpty();
    }

    [Fact]
    public void AnArmsPurchase_IsStoppedByAnEmbargoEitherWay()
    {
        var arms = new ArmsPurchaseClause(["Su-30MK2 fighters"], 12, 600_000_000m, "USD");
        Codes(arms).ShouldBeEmpty();

        world.Embargo("VNM", "RUS");

        Codes(arms).ShouldBe([RuleCodes.EmbargoInForce]);
    }

    [Fact]
    public void Overflight_Intelligence_Visas_AndOtherRequests_HaveNoRulesOfTheirOwn()
    {
        world.Embargo("VNM", "RUS");

        Codes(new OverflightRightsClause(AircraftCategory.Military, "the Gulf of Tonkin", 48)).ShouldBeEmpty();
        Codes(new IntelligenceSharingClause([IntelligenceDomain.Sigint, IntelligenceDomain.Imint], "assessed reports")).ShouldBeEmpty();
        Codes(new VisaFacilitationClause(["students"], Waiver: true)).ShouldBeEmpty();
        Codes(new OtherRequestClause("A joint stamp issue", "")).ShouldBeEmpty();
    }
}
