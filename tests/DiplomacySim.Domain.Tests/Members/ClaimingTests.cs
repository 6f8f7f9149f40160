using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Members;

/// <summary>Claims of seats, submitted and decided on a roster in memory, under each join policy and claim status.</summary>
public sealed class ClaimingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly Person Gm = new("id-gm", "gm");
    private static readonly Person Anna = new("id-anna", "anna");
    private static readonly Person Boris = new("id-boris", "boris");

    private readonly Game game = new(Guid.NewGuid(), "claims", "Claims", new DateOnly(2030, 1, 1), "default", RelationsVisibility.Public);
    private readonly Nation rus;
    private readonly Ministry rusMfa;
    private readonly Ministry rusMod;
    private readonly Ministry vnmMfa;

    public ClaimingTests()
    {
        rus = new Nation(game.Id, "RUS", "Russian Federation", "europe");
        rusMfa = new Ministry(Guid.NewGuid(), game.Id, "RUS", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of Russia", null);
        rusMod = new Ministry(Guid.NewGuid(), game.Id, "RUS", MinistryKind.Defence, "Ministry of Defence of Russia", null);
        vnmMfa = new Ministry(Guid.NewGuid(), game.Id, "VNM", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of Viet Nam", null);
    }

    private Roster RosterUnder(JoinPolicy policy)
    {
        game.Describe(game.Title, null, GameVisibility.Public, policy);
        Person[] people = [Gm, Anna, Boris];
        return new Roster(game, [new GameMember(game.Id, Gm.UserId, GameRole.GameMaster), new GameMember(game.Id, Anna.UserId, GameRole.Spectator),
            new GameMember(game.Id, Boris.UserId, GameRole.Spectator)], [rusMfa, rusMod, vnmMfa], people.ToDictionary(p => p.UserId, p => p.UserName));
    }

    private static Claim Submit(Roster roster, Nation? nation, Person who, Outcome outcome, IEnumerable<Claim>? pending = null, params MinistryKind[] wanted) =>
        Claiming.Submit(roster, nation, who, wanted, "I play Russia on the forum.", pending ?? [], Guid.NewGuid(), Now, outcome);

    [Fact]
    public void UnderAnApplicationPolicy_AClaimWaits_ForTheClaimantAndTheGmsOnly()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var outcome = new Outcome();

        var claim = Submit(roster, rus, Anna, outcome, wanted: MinistryKind.Defence);

        claim.State.ShouldBe(ClaimState.Pending);
        claim.Ministries.ShouldBe([MinistryKind.Defence]);
        outcome.NewClaims.ShouldBe([claim]);
        rusMod.HolderId.ShouldBeNull();
        var submitted = outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<ClaimSubmitted>();
        submitted.Audience.Nations.ShouldBe(["@id-anna"], "a claim is between its claimant and the GMs");
    }

    [Fact]
    public void UnderAnOpenPolicy_AClaimOfAnOpenNation_IsApprovedByTheRules_AndSeatsAtOnce()
    {
        var roster = RosterUnder(JoinPolicy.Open);
        var outcome = new Outcome();

        var claim = Submit(roster, rus, Anna, outcome, wanted: [MinistryKind.ForeignAffairs, MinistryKind.Defence]);

        (claim.State, claim.DecidedById, claim.DecidedAt).ShouldBe((ClaimState.Approved, null, Now));
        claim.Seats.ShouldBe([rusMfa.Id, rusMod.Id]);
        rusMfa.IsHeldBy(Anna.UserId).ShouldBeTrue();
        rusMod.IsHeldBy(Anna.UserId).ShouldBeTrue();
        roster.RoleOf(Anna.UserId).ShouldBe(GameRole.Player);
        outcome.Changes.Select(c => c.GetType().Name).ShouldBe([nameof(ClaimSubmitted), nameof(MemberChanged), nameof(ClaimDecided)]);
        var seated = outcome.Changes.OfType<MemberChanged>().Single();
        (seated.Kind, seated.By, seated.Note).ShouldBe((MemberChangeKind.Seated, "anna", Claiming.ByTheRules));
        seated.Ministries.Order().ShouldBe(new[] { rusMfa.Id, rusMod.Id }.Order());
        outcome.Changes.OfType<ClaimDecided>().Single().By.ShouldBeNull();
    }

    [Fact]
    public void UnderAnOpenPolicy_AnApplicationOnlyNation_WaitsForAGm()
    {
        var roster = RosterUnder(JoinPolicy.Open);
        rus.SetClaimStatus(ClaimStatus.ApplicationOnly);

        Submit(roster, rus, Anna, new Outcome()).State.ShouldBe(ClaimState.Pending);
        rusMfa.HolderId.ShouldBeNull();
    }

    [Theory]
    [InlineData(JoinPolicy.Open)]
    [InlineData(JoinPolicy.Application)]
    [InlineData(JoinPolicy.InviteOnly)]
    public void AReservedNation_TakesNoClaim_UnderAnyPolicy(JoinPolicy policy)
    {
        var roster = RosterUnder(policy);
        rus.SetClaimStatus(ClaimStatus.Reserved);
        var outcome = new Outcome();

        Should.Throw<SeatingException>(() => Submit(roster, rus, Anna, outcome)).Code.ShouldBe(SeatingException.NationReserved);
        outcome.Changes.ShouldBeEmpty();
        outcome.NewClaims.ShouldBeEmpty();
    }

    [Fact]
    public void AnInviteOnlyGame_TakesClaimsOnlyForNationsOpenedToApplications()
    {
        var roster = RosterUnder(JoinPolicy.InviteOnly);

        Should.Throw<SeatingException>(() => Submit(roster, rus, Anna, new Outcome())).Code.ShouldBe(SeatingException.NationApplicationOnly);
        rus.SetClaimStatus(ClaimStatus.ApplicationOnly);
        Submit(roster, rus, Anna, new Outcome()).State.ShouldBe(ClaimState.Pending);
    }

    [Fact]
    public void ASecondPendingClaimOfTheSameNation_IsRefused_ButAnotherNationOrAfterADecisionIsNot()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var first = Submit(roster, rus, Anna, new Outcome());
        var vnm = new Nation(game.Id, "VNM", "Viet Nam", "southeast-asia");

        Should.Throw<SeatingException>(() => Submit(roster, rus, Anna, new Outcome(), [first])).Code.ShouldBe(SeatingException.ClaimPending);
        Submit(roster, vnm, Anna, new Outcome(), [first]).State.ShouldBe(ClaimState.Pending);
        Submit(roster, rus, Boris, new Outcome(), [first]).State.ShouldBe(ClaimState.Pending, "one pending claim per member per nation");
        Claiming.Deny(roster, first, Anna, Gm, "Not this season.", Now, new Outcome());
        Submit(roster, rus, Anna, new Outcome(), [first]).State.ShouldBe(ClaimState.Pending);
    }

    [Fact]
    public void AClaimOfAHeldMinistry_OrOneTheNationLacks_OrAnUnknownNation_IsRefused()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        rusMod.AssignTo(Boris.UserId);

        Should.Throw<SeatingException>(() => Submit(roster, rus, Anna, new Outcome(), wanted: MinistryKind.Defence)).Code.ShouldBe(SeatingException.MinistryTaken);
        Should.Throw<SeatingException>(() => Submit(roster, rus, Anna, new Outcome(), wanted: MinistryKind.Energy)).Code.ShouldBe(SeatingException.MinistryUnknown);
        Should.Throw<SeatingException>(() => Submit(roster, null, Anna, new Outcome())).Code.ShouldBe(SeatingException.NationUnknown);
        rusMfa.AssignTo(Boris.UserId);
        Should.Throw<SeatingException>(() => Submit(roster, rus, Anna, new Outcome())).Code.ShouldBe(SeatingException.MinistryTaken, "no ministry of the nation is vacant");
    }

    [Fact]
    public void ANonMember_CannotClaim()
    {
        var roster = RosterUnder(JoinPolicy.Open);

        Should.Throw<SeatingException>(() => Submit(roster, rus, new Person("id-x", "x"), new Outcome())).Code.ShouldBe(SeatingException.NotAMember);
    }

    [Fact]
    public void Approve_SeatsInTheMinistriesTheGmChooses_AndLogsTheSeatAndTheDecision()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var claim = Submit(roster, rus, Anna, new Outcome(), wanted: MinistryKind.ForeignAffairs);
        var outcome = new Outcome();

        Claiming.Approve(roster, claim, Anna, [rusMod.Id], Gm, "Welcome to the cabinet.", Now.AddDays(2), outcome);

        (claim.State, claim.DecidedById, claim.DecisionNote, claim.DecidedAt).ShouldBe((ClaimState.Approved, Gm.UserId, "Welcome to the cabinet.", Now.AddDays(2)));
        claim.Seats.ShouldBe([rusMod.Id]);
        rusMod.IsHeldBy(Anna.UserId).ShouldBeTrue();
        rusMfa.HolderId.ShouldBeNull("the GM chose defence");
        var seated = outcome.Changes.OfType<MemberChanged>().ShouldHaveSingleItem();
        (seated.Kind, seated.By, seated.Note, seated.Role).ShouldBe((MemberChangeKind.Seated, "gm", "Welcome to the cabinet.", GameRole.Player));
        outcome.Changes.Last().ShouldBeOfType<ClaimDecided>().By.ShouldBe("gm");
    }

    [Fact]
    public void Approve_WithNoMinistryChosen_SeatsInThoseTheClaimAskedFor()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var claim = Submit(roster, rus, Anna, new Outcome(), wanted: MinistryKind.Defence);

        Claiming.Approve(roster, claim, Anna, [], Gm, null, Now, new Outcome());

        claim.Seats.ShouldBe([rusMod.Id]);
    }

    [Fact]
    public void Approve_OfAMinistryTakenMeanwhile_IsRefused_AndChangesNothing()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var claim = Submit(roster, rus, Anna, new Outcome());
        rusMod.AssignTo(Boris.UserId);
        var outcome = new Outcome();

        Should.Throw<SeatingException>(() => Claiming.Approve(roster, claim, Anna, [rusMfa.Id, rusMod.Id], Gm, null, Now, outcome)).Code.ShouldBe(SeatingException.MinistryTaken);

        claim.IsPending.ShouldBeTrue();
        rusMfa.HolderId.ShouldBeNull("nothing is seated when one of the seats is refused");
        outcome.Changes.ShouldBeEmpty();
        roster.RoleOf(Anna.UserId).ShouldBe(GameRole.Spectator);
    }

    [Fact]
    public void Approve_OfAnotherNationsMinistry_IsRefused()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var claim = Submit(roster, rus, Anna, new Outcome());

        Should.Throw<SeatingException>(() => Claiming.Approve(roster, claim, Anna, [vnmMfa.Id], Gm, null, Now, new Outcome())).Code.ShouldBe(SeatingException.MinistryUnknown);
        vnmMfa.HolderId.ShouldBeNull();
    }

    [Fact]
    public void ADecidedClaim_CannotBeDecidedAgain()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var claim = Submit(roster, rus, Anna, new Outcome());
        Claiming.Deny(roster, claim, Anna, Gm, "The seat is promised.", Now, new Outcome());

        Should.Throw<SeatingException>(() => Claiming.Approve(roster, claim, Anna, [], Gm, null, Now, new Outcome())).Code.ShouldBe(SeatingException.ClaimDecided);
        Should.Throw<SeatingException>(() => Claiming.Deny(roster, claim, Anna, Gm, null, Now, new Outcome())).Code.ShouldBe(SeatingException.ClaimDecided);
        (claim.State, claim.DecisionNote).ShouldBe((ClaimState.Denied, "The seat is promised."));
        rusMfa.HolderId.ShouldBeNull();
    }

    [Fact]
    public void OnlyAGm_DecidesClaims()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var claim = Submit(roster, rus, Anna, new Outcome());

        Should.Throw<SeatingException>(() => Claiming.Approve(roster, claim, Anna, [], Boris, null, Now, new Outcome())).Code.ShouldBe(SeatingException.GameMasterOnly);
        Should.Throw<SeatingException>(() => Claiming.Deny(roster, claim, Anna, Anna, null, Now, new Outcome())).Code.ShouldBe(SeatingException.GameMasterOnly);
        claim.IsPending.ShouldBeTrue();
    }

    [Fact]
    public void Deny_KeepsTheReason_AndSeatsNobody()
    {
        var roster = RosterUnder(JoinPolicy.Application);
        var claim = Submit(roster, rus, Anna, new Outcome());
        var outcome = new Outcome();

        Claiming.Deny(roster, claim, Anna, Gm, "Russia is played already on the forum.", Now, outcome);

        (claim.State, claim.DecidedById, claim.DecisionNote).ShouldBe((ClaimState.Denied, Gm.UserId, "Russia is played already on the forum."));
        var decided = outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<ClaimDecided>();
        decided.Audience.Nations.ShouldBe(["@id-anna"]);
        rusMfa.HolderId.ShouldBeNull();
    }

    [Fact]
    public void TheAge_IsCountedOnTheServersClock()
    {
        var claim = new Claim(Guid.NewGuid(), game.Id, "RUS", Anna.UserId, [], null, Now);

        claim.AgeAt(Now.AddDays(3).AddHours(5)).ShouldBe(TimeSpan.FromHours(77));
        claim.AgeAt(Now.AddMinutes(-1)).ShouldBe(TimeSpan.Zero, "a clock set back never makes an age negative");
    }
}
