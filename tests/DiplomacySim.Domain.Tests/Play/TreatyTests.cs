using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Tests.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Play;

/// <summary>From acceptance to force: room held and stationed, consent asked of the host, effects and rivals' reactions.</summary>
public sealed class TreatyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly RulesWorld world = new RulesWorld().WithEffects();

    private (Agreement Agreement, Outcome Outcome, TrackedWorld View) Accepted(Clause terms)
    {
        var view = world.View();
        var letter = Correspondence.Deliver(view, new Outcome(), world.RussianForeignMinistry, world.VietnameseForeignMinistry, "Proposals", Classification.Secret, "", null, [terms], Now, "rus-player");
        var outcome = new Outcome();
        var answer = Correspondence.Answer(view, outcome, letter, world.VietnameseForeignMinistry, new Actor("vnm-player", false), "", [new ClauseAnswer(0, Decision.Accept, null)], Now);
        answer.Violations.ShouldBeEmpty();
        return (outcome.NewAgreements.Single(a => a.Terms == terms), outcome, view);
    }

    [Fact]
    public void RatifiedBasing_StationsTheHeldRoom_MovesOpinions_AndRivalsReact_AllCausedByEntryIntoForce()
    {
        var (agreement, _, view) = Accepted(new BasingRightsClause([world.CamRanh.Id], 100, 1_000, [], null));
        var outcome = new Outcome();

        Treaty.Ratify(view, outcome, agreement, "Ratified.", "gm");

        agreement.Status.ShouldBe(AgreementStatus.InForce);
        (world.CamRanh.ReservedPersonnel, world.CamRanh.ForeignPersonnel).ShouldBe((0, 1_000));
        var inForce = outcome.Changes[0].ShouldBeOfType<AgreementChanged>();
        var moves = outcome.Changes.Skip(1).Cast<RelationChanged>().ToList();
        moves.ShouldAllBe(m => ReferenceEquals(m.Cause, inForce));
        moves.Where(m => m.Modifier.Reason == "basing-agreement").Select(m => (m.Modifier.From, m.Modifier.To)).ShouldBe([("RUS", "VNM"), ("VNM", "RUS")]);
    }

    [Fact]
    public void AVeto_ReleasesTheHeldRoom()
    {
        var (agreement, _, view) = Accepted(new BasingRightsClause([world.CamRanh.Id], 100, 1_000, [], null));

        Treaty.Veto(view, new Outcome(), agreement, "Vetoed.", "gm");

        world.CamRanh.ReservedPersonnel.ShouldBe(0);
        agreement.Status.ShouldBe(AgreementStatus.Vetoed);
    }

    [Fact]
    public void AMandate_AsksTheHostsForeignMinistryForConsent_InTheLettersClassification()
    {
        var (mandate, outcome, _) = Accepted(new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both));

        var consent = outcome.NewCommuniques.Single(c => c.Clauses.Any(k => k.ConsentForAgreement == mandate.Id));
        (consent.FromMinistry, consent.ToMinistry).ShouldBe((world.VietnameseForeignMinistry.Id, world.ThaiForeignMinistry.Id));
        consent.Classification.ShouldBe(Classification.Secret);
        outcome.Changes.OfType<CommuniqueDelivered>().ShouldContain(d => d.Communique == consent);
        mandate.Awaiting.ShouldBe(["ratification", "hostConsent"]);
    }

    [Fact]
    public void AHostsRefusal_EndsTheMandate_AndLogsIt()
    {
        var (mandate, _, view) = Accepted(new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both));
        var outcome = new Outcome();

        Treaty.ConsentAnswered(view, outcome, mandate, "THA", consents: false);

        mandate.Status.ShouldBe(AgreementStatus.Terminated);
        outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<AgreementChanged>();
    }

    [Fact]
    public void AnOtherRequest_AwaitsAGmsRuling_EvenWhereTheRulesetAsksNone()
    {
        world.Ruleset = world.Ruleset with { RatificationRequired = new HashSet<ClauseKind>() };

        var (request, _, view) = Accepted(new OtherRequestClause("A joint stamp issue", "Marking seventy years of relations."));

        request.Awaiting.ShouldBe(["ratification"]);
        Treaty.Ratify(view, new Outcome(), request, "Granted: the stamps are issued in May.", "gm");
        request.Status.ShouldBe(AgreementStatus.InForce);
        request.Ruling.ShouldBe("Granted: the stamps are issued in May.");
    }
}
