using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Tests.Rules;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Play;

/// <summary>Letters delivered and answered: what the Domain decides and logs, in order, each with its audience.</summary>
public sealed class CorrespondenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Actor VietNamese = new("vnm-player", IsGameMaster: false);
    private readonly RulesWorld world = new RulesWorld().WithEffects();

    private (Communique Letter, TrackedWorld View) Deliver(params Clause[] clauses)
    {
        var view = world.View();
        var letter = Correspondence.Deliver(view, new Outcome(), world.RussianForeignMinistry, world.VietnameseForeignMinistry, "Proposals", Classification.Secret, "", null, clauses, Now, "rus-player");
        return (letter, view);
    }

    [Fact]
    public void ADeliveredLetter_LogsItsDelivery_ThenTheContactBothWays_CausedByIt()
    {
        var outcome = new Outcome();
        var view = world.View();

        var letter = Correspondence.Deliver(view, outcome, world.RussianForeignMinistry, world.VietnameseForeignMinistry, "Proposals", Classification.Secret, "Dear colleagues,",
            null, [new CooperationClause(CooperationSector.Cultural, "Exchanges.")], Now, "rus-player");

        outcome.NewCommuniques.ShouldBe([letter]);
        var delivered = outcome.Changes[0].ShouldBeOfType<CommuniqueDelivered>();
        delivered.Audience.ShouldBe(Audience.Only(["RUS", "VNM"]));
        var contacts = outcome.Changes.Skip(1).Cast<RelationChanged>().ToList();
        contacts.Select(c => (c.Modifier.From, c.Modifier.To)).ShouldBe([("RUS", "VNM"), ("VNM", "RUS")]);
        contacts.ShouldAllBe(c => ReferenceEquals(c.Cause, delivered) && c.Modifier.Reason == "diplomatic-contact");
        contacts[0].Score.ShouldBe(51);
        contacts[0].Audience.IsPublic.ShouldBeTrue();
        letter.Clauses.ShouldHaveSingleItem().Parties.ShouldBe(new ClauseParties("RUS", "VNM"));
    }

    [Fact]
    public void AnAcceptance_ConcludesAnAgreementAndHoldsItsRoom()
    {
        var (letter, view) = Deliver(new BasingRightsClause([world.CamRanh.Id], 100, 1_000, [BasingCapability.Logistics], null));
        var outcome = new Outcome();

        var answer = Correspondence.Answer(view, outcome, letter, world.VietnameseForeignMinistry, VietNamese, "Agreed.", [new ClauseAnswer(0, Decision.Accept, null)], Now);

        answer.Violations.ShouldBeEmpty();
        var agreement = outcome.NewAgreements.ShouldHaveSingleItem();
        answer.Agreements.ShouldBe([agreement.Id]);
        agreement.Awaiting.ShouldBe(["ratification"]);
        world.CamRanh.ReservedPersonnel.ShouldBe(1_000);
        outcome.Changes.Select(c => c.GetType().Name).ShouldBe(["CommuniqueAnswered", "AgreementChanged"]);
        letter.Clauses[0].Status.ShouldBe(ClauseStatus.Accepted);
        answer.Reply!.Subject.ShouldBe("Re: Proposals");
    }

    [Fact]
    public void ARejection_CostsTheRequestersOpinionOfTheRejector_CausedByTheAnswer()
    {
        var (letter, view) = Deliver(new CooperationClause(CooperationSector.Cultural, "Exchanges."));
        var outcome = new Outcome();

        Correspondence.Answer(view, outcome, letter, world.VietnameseForeignMinistry, VietNamese, "No.", [new ClauseAnswer(0, Decision.Reject, null)], Now);

        var answered = outcome.Changes[0].ShouldBeOfType<CommuniqueAnswered>();
        var cost = outcome.Changes[1].ShouldBeOfType<RelationChanged>();
        (cost.Modifier.From, cost.Modifier.To, cost.Modifier.Amount).ShouldBe(("RUS", "VNM", -3));
        cost.Cause.ShouldBeSameAs(answered);
    }

    [Fact]
    public void ACounterProposal_TravelsBackInTheReply_AnsweringItsClause()
    {
        var (letter, view) = Deliver(new BasingRightsClause([world.CamRanh.Id], 100, 5_000, [], null));
        var smaller = new BasingRightsClause([world.CamRanh.Id], 100, 2_000, [], null);

        var answer = Correspondence.Answer(view, new Outcome(), letter, world.VietnameseForeignMinistry, VietNamese, "Fewer.", [new ClauseAnswer(0, Decision.Counter, smaller)], Now);

        var counter = answer.Reply!.Clauses.ShouldHaveSingleItem();
        counter.Terms.ShouldBe(smaller);
        counter.Answers.ShouldBe(letter.Clauses[0].Id);
        counter.Parties.ShouldBe(new ClauseParties("RUS", "VNM"));
        letter.Clauses[0].Status.ShouldBe(ClauseStatus.Countered);
    }

    [Fact]
    public void AnAnswerFromAnotherMinistry_IsNotAddressedToMinistry()
    {
        var (letter, view) = Deliver();

        var answer = Correspondence.Answer(view, new Outcome(), letter, world.ThaiForeignMinistry, VietNamese, "", [new ClauseAnswer(0, Decision.Accept, null)], Now);

        answer.Violations.ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.NotAddressedToMinistry);
    }

    [Fact]
    public void AnswersToClausesMissingOrAnsweredBefore_AreRefused_AllAtOnce()
    {
        var (letter, view) = Deliver(new CooperationClause(CooperationSector.Cultural, "Exchanges."));
        Correspondence.Answer(view, new Outcome(), letter, world.VietnameseForeignMinistry, VietNamese, "", [new ClauseAnswer(0, Decision.Reject, null)], Now);

        var answer = Correspondence.Answer(view, new Outcome(), letter, world.VietnameseForeignMinistry, VietNamese, "",
            [new ClauseAnswer(0, Decision.Accept, null), new ClauseAnswer(4, Decision.Accept, null)], Now);

        answer.Violations.Select(v => v.Code).ShouldBe([RuleCodes.ClauseAlreadyAnswered, RuleCodes.ClauseUnknown]);
    }

    [Fact]
    public void AnAcceptanceThatBreaksARuleNow_IsRefusedWithTheRule()
    {
        var (letter, view) = Deliver(new BasingRightsClause([world.CamRanh.Id], 100, 1_000, [], null));
        world.CamRanh.Reserve(9_500);

        var answer = Correspondence.Answer(view, new Outcome(), letter, world.VietnameseForeignMinistry, VietNamese, "", [new ClauseAnswer(0, Decision.Accept, null)], Now);

        answer.Violations.ShouldHaveSingleItem().Code.ShouldBe(RuleCodes.CapacityExceeded);
    }

    [Fact]
    public void AReplyToALetterTheSenderMayNotRead_IsUnknown_AsOneThatDoesNotExist()
    {
        var (letter, _) = Deliver();
        var china = new Viewer("chn", false, new HashSet<Guid>(), new HashSet<string> { "CHN" });
        var russia = new Viewer("rus", false, new HashSet<Guid>(), new HashSet<string> { "RUS" });

        Correspondence.CheckReply(letter.Id, letter, china)!.Code.ShouldBe(RuleCodes.InReplyToUnknown);
        Correspondence.CheckReply(Guid.NewGuid(), null, china)!.Code.ShouldBe(RuleCodes.InReplyToUnknown);
        Correspondence.CheckReply(letter.Id, letter, russia).ShouldBeNull();
        Correspondence.CheckReply(null, null, china).ShouldBeNull();
    }
}
