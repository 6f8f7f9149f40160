using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;

namespace DiplomacySim.Domain.Tests.Play;

/// <summary>The agreement's state machine: pending until ratified and consented to by the parties asked, then in force; vetoed or refused, never.</summary>
public sealed class AgreementStateTests
{
    private static readonly DateOnly Today = new(2018, 10, 3);

    private static Agreement Basing(bool ratificationRequired = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new BasingRightsClause([Guid.NewGuid()], 0, 100, [], null), new ClauseParties("RUS", "VNM"), Classification.Secret, Guid.NewGuid(), Today, ratificationRequired);

    private static Agreement Mandate(bool ratificationRequired = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both), new ClauseParties("RUS", "VNM"), Classification.Secret, Guid.NewGuid(), Today, ratificationRequired);

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
        first.RecordConsent("THA", given: true, Today).ShouldBeFalse();
        first.Ratify("Ratified.", "gm", Today).ShouldBeTrue();

        var second = Mandate();
        second.Ratify("Ratified.", "gm", Today).ShouldBeFalse();
        second.Awaiting.ShouldBe(["hostConsent"]);
        second.RecordConsent("THA", given: true, Today).ShouldBeTrue();
        second.Status.ShouldBe(AgreementStatus.InForce);
    }

    [Fact]
    public void AHostsRefusal_EndsTheMandate()
    {
        var mandate = Mandate();

        mandate.RecordConsent("THA", given: false, Today).ShouldBeFalse();

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
        Should.Throw<AgreementStateException>(() => Basing().RecordConsent("THA", given: true, Today)).Code.ShouldBe("AGREEMENT_NOT_AWAITING_CONSENT");

    [Fact]
    public void ABilateralAgreement_HasARequesterAndAGrantor_AndAwaitsNoConsent()
    {
        var agreement = Basing();

        agreement.Parties.Select(p => (p.Nation, p.Role, p.Consent)).ShouldBe([("RUS", PartyRole.Requester, Consent.NotNeeded), ("VNM", PartyRole.Grantor, Consent.NotNeeded)]);
        (agreement.Requester, agreement.Grantor, agreement.HostState).ShouldBe(("RUS", "VNM", null));
        agreement.Signatories.ShouldBe(["RUS", "VNM"]);
        agreement.AwaitingConsentOf.ShouldBeEmpty();
        agreement.AwaitsConsentOf("VNM").ShouldBeFalse();
    }

    [Fact]
    public void AMandate_HasItsHostAsAConsentingParty_WhoseConsentIsAwaited()
    {
        var mandate = Mandate();

        mandate.Parties.Select(p => (p.Nation, p.Role, p.Consent)).ShouldBe(
            [("RUS", PartyRole.Requester, Consent.NotNeeded), ("VNM", PartyRole.Grantor, Consent.NotNeeded), ("THA", PartyRole.ConsentingState, Consent.Pending)]);
        mandate.HostState.ShouldBe("THA");
        mandate.Signatories.ShouldBe(["RUS", "VNM"]);
        mandate.AwaitingConsentOf.ShouldBe(["THA"]);
        mandate.AwaitsConsentOf("THA").ShouldBeTrue();
        mandate.AwaitsConsentOf("VNM").ShouldBeFalse();
    }

    [Fact]
    public void TheHostsConsent_IsGiven_AndNoLongerAwaited()
    {
        var mandate = Mandate(ratificationRequired: false);

        mandate.RecordConsent("THA", given: true, Today).ShouldBeTrue();

        mandate.Parties.Single(p => p.Nation == "THA").Consent.ShouldBe(Consent.Given);
        mandate.AwaitsConsentOf("THA").ShouldBeFalse();
        mandate.Awaiting.ShouldBeEmpty();
        mandate.Status.ShouldBe(AgreementStatus.InForce);
    }

    [Fact]
    public void TheHostsRefusal_IsRecordedOnItsParty()
    {
        var mandate = Mandate();

        mandate.RecordConsent("THA", given: false, Today);

        mandate.Parties.Single(p => p.Nation == "THA").Consent.ShouldBe(Consent.Refused);
        mandate.AwaitingConsentOf.ShouldBeEmpty();
        mandate.Awaiting.ShouldBeEmpty();
    }

    [Fact]
    public void ConsentFromAPartyNotAsked_OrAskedTwice_IsNotAwaitingConsent()
    {
        var mandate = Mandate();

        Should.Throw<AgreementStateException>(() => mandate.RecordConsent("VNM", given: true, Today)).Code.ShouldBe("AGREEMENT_NOT_AWAITING_CONSENT");
        mandate.RecordConsent("THA", given: true, Today);
        Should.Throw<AgreementStateException>(() => mandate.RecordConsent("THA", given: false, Today)).Code.ShouldBe("AGREEMENT_NOT_AWAITING_CONSENT");
        mandate.Parties.Single(p => p.Nation == "THA").Consent.ShouldBe(Consent.Given);
    }

    [Fact]
    public void AHostThatIsAlreadyAParty_IsRefused() =>
        Should.Throw<ArgumentException>(() => new Agreement(Guid.NewGuid(), Guid.NewGuid(), new ProtectingPowerClause("RUS", "VNM", ProtectionScope.Both),
            new ClauseParties("RUS", "VNM"), Classification.Secret, Guid.NewGuid(), Today, ratificationRequired: true));
}
