using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Domain.Tests.Play;

/// <summary>The agreement's state machine: pending until ratified and consented to, then in force; vetoed or refused, never.</summary>
public sealed class AgreementStateTests
{
    private static readonly DateOnly Today = new(2018, 10, 3);

    private static Agreement Basing(bool ratificationRequired = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new BasingRightsClause([Guid.NewGuid()], 0, 100, [], null), "RUS", "VNM", Classification.Secret, Guid.NewGuid(), Today, ratificationRequired);

    private static Agreement Mandate(bool ratificationRequired = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), "RUS", "VNM", Classification.Secret, Guid.NewGuid(), Today, ratificationRequired);

    [Fact]
    public void AnAgreementThatAwaitsNothing_EntersIntoForceAtOnce()
    {
        var agreement = Basing(ratificationRequired: false);

        agreement.TryEnterIntoForce(Today).ShouldBeTrue();
        agreement.Status.ShouldBe(AgreementStatus.InForce);
        agreement.InForceSince.ShouldBe(Today);
    }

    [Fact]
    public void AnAgreementAwaitingRatification_WaitsForTheGm_ThenIsInForce()
    {
        var agreement = Basing();

        agreement.TryEnterIntoForce(Today).ShouldBeFalse();
        agreement.Awaiting.ShouldBe(["ratification"]);
        agreement.Ratify("Ratified.", "gm", Today).ShouldBeTrue();
        agreement.Status.ShouldBe(AgreementStatus.InForce);
        agreement.Ruling.ShouldBe("Ratified.");
    }

    [Fact]
    public void AMandate_AwaitsBothTheGmAndTheHost_InEitherOrder()
    {
        var first = Mandate();
        first.Awaiting.ShouldBe(["ratification", "hostConsent"]);
        first.RecordHostConsent(given: true, Today).ShouldBeFalse();
        first.Ratify("Ratified.", "gm", Today).ShouldBeTrue();

        var second = Mandate();
        second.Ratify("Ratified.", "gm", Today).ShouldBeFalse();
        second.Awaiting.ShouldBe(["hostConsent"]);
        second.RecordHostConsent(given: true, Today).ShouldBeTrue();
        second.Status.ShouldBe(AgreementStatus.InForce);
    }

    [Fact]
    public void AHostsRefusal_EndsTheMandate()
    {
        var mandate = Mandate();

        mandate.RecordHostConsent(given: false, Today).ShouldBeFalse();

        mandate.Status.ShouldBe(AgreementStatus.Terminated);
        mandate.EndedOn.ShouldBe(Today);
        mandate.IsLive.ShouldBeFalse();
    }

    [Fact]
    public void AVeto_EndsThePendingAgreement()
    {
        var agreement = Basing();

        agreement.Veto("Vetoed.", "gm", Today);

        agreement.Status.ShouldBe(AgreementStatus.Vetoed);
        agreement.Awaiting.ShouldBeEmpty();
        agreement.IsLive.ShouldBeFalse();
    }

    [Fact]
    public void RulingOnAnAgreementNoLongerPending_IsAgreementNotPending()
    {
        var agreement = Basing();
        agreement.Veto("Vetoed.", "gm", Today);

        Should.Throw<AgreementStateException>(() => agreement.Ratify("Again.", "gm", Today)).Code.ShouldBe("AGREEMENT_NOT_PENDING");
        Should.Throw<AgreementStateException>(() => agreement.Veto("Again.", "gm", Today)).Code.ShouldBe("AGREEMENT_NOT_PENDING");
    }

    [Fact]
    public void RatifyingTwice_OrWithoutNeed_IsNotAwaitingRatification()
    {
        var mandate = Mandate();
        mandate.Ratify("Ratified.", "gm", Today);

        Should.Throw<AgreementStateException>(() => mandate.Ratify("Again.", "gm", Today)).Code.ShouldBe("AGREEMENT_NOT_AWAITING_RATIFICATION");
        Should.Throw<AgreementStateException>(() => Mandate(ratificationRequired: false).Ratify("Needless.", "gm", Today)).Code.ShouldBe("AGREEMENT_NOT_AWAITING_RATIFICATION");
    }

    [Fact]
    public void ConsentForAnAgreementWithoutAHost_IsNotAwaitingConsent() =>
        Should.Throw<AgreementStateException>(() => Basing().RecordHostConsent(given: true, Today)).Code.ShouldBe("AGREEMENT_NOT_AWAITING_CONSENT");
}
