using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Members;

/// <summary>Joining, invitations, seats and leaving, decided on a roster in memory.</summary>
public sealed class SeatingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly Person Gm = new("id-gm", "gm");
    private static readonly Person Anna = new("id-anna", "anna");
    private static readonly Person Boris = new("id-boris", "boris");

    private readonly Game game = new(Guid.NewGuid(), "seating", "Seating", new DateOnly(2030, 1, 1), "default", RelationsVisibility.Public);
    private readonly Ministry rusMfa;
    private readonly Ministry rusMod;
    private readonly Ministry vnmMfa;

    public SeatingTests()
    {
        // Defence listed first: the roster still offers foreign affairs first.
        rusMod = new Ministry(Guid.NewGuid(), game.Id, "RUS", MinistryKind.Defence, "Ministry of Defence of Russia", null);
        rusMfa = new Ministry(Guid.NewGuid(), game.Id, "RUS", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of Russia", null);
        vnmMfa = new Ministry(Guid.NewGuid(), game.Id, "VNM", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of Viet Nam", null);
    }

    private Roster RosterWith(params (Person Who, GameRole Role)[] members) =>
        new(game, members.Select(m => new GameMember(game.Id, m.Who.UserId, m.Role)), [rusMod, rusMfa, vnmMfa],
            members.ToDictionary(m => m.Who.UserId, m => m.Who.UserName));

    private Invitation InvitationFor(GameRole role, string? nation = null, int maxUses = 5) =>
        new("code", game.Id, role, nation, maxUses, Now.AddDays(-1), Now.AddDays(6), Gm.UserId);

    [Fact]
    public void Admit_ANewcomer_AddsTheirRow_AndLogsJoined()
    {
        var roster = RosterWith((Gm, GameRole.GameMaster));
        var outcome = new Outcome();

        var role = Seating.Admit(roster, Anna, GameRole.Spectator, Anna, null, outcome);

        role.ShouldBe(GameRole.Spectator);
        outcome.NewMembers.ShouldHaveSingleItem().UserId.ShouldBe(Anna.UserId);
        var change = outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<MemberChanged>();
        change.ShouldBe(new MemberChanged("anna", GameRole.Spectator, [], MemberChangeKind.Joined, "anna", null), new MemberChangedComparer());
        change.Audience.IsPublic.ShouldBeTrue();
    }

    [Fact]
    public void Admit_AMemberAlreadyThere_ChangesAndLogsNothing()
    {
        var roster = RosterWith((Gm, GameRole.GameMaster), (Anna, GameRole.Player));
        var outcome = new Outcome();

        Seating.Admit(roster, Anna, GameRole.Spectator, Anna, null, outcome).ShouldBe(GameRole.Player);

        outcome.Changes.ShouldBeEmpty();
        outcome.NewMembers.ShouldBeEmpty();
    }

    [Fact]
    public void Accept_APlayerInvitationForANation_SeatsInItsForeignMinistry_AndCountsAUse()
    {
        var roster = RosterWith((Gm, GameRole.GameMaster), (Anna, GameRole.Spectator));
        var invitation = InvitationFor(GameRole.Player, "RUS");
        var outcome = new Outcome();

        Seating.Accept(roster, invitation, Anna, Now, outcome).ShouldBe(GameRole.Player);

        rusMfa.IsHeldBy(Anna.UserId).ShouldBeTrue();
        rusMod.HolderId.ShouldBeNull();
        invitation.Uses.ShouldBe(1);
        var change = outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<MemberChanged>();
        change.Role.ShouldBe(GameRole.Player);
        change.Ministries.ShouldBe([rusMfa.Id]);
    }

    [Fact]
    public void Accept_WhenTheForeignMinistryIsHeld_TakesTheFirstVacantOne()
    {
        rusMfa.AssignTo(Boris.UserId);
        var roster = RosterWith((Gm, GameRole.GameMaster), (Boris, GameRole.Player));

        Seating.Accept(roster, InvitationFor(GameRole.Player, "RUS"), Anna, Now, new Outcome());

        rusMod.IsHeldBy(Anna.UserId).ShouldBeTrue();
        rusMfa.IsHeldBy(Boris.UserId).ShouldBeTrue();
    }

    [Fact]
    public void Accept_WhenEveryMinistryOfTheNationIsHeld_IsMinistryTaken_AndChangesNothing()
    {
        rusMfa.AssignTo(Boris.UserId);
        rusMod.AssignTo(Boris.UserId);
        var roster = RosterWith((Gm, GameRole.GameMaster), (Boris, GameRole.Player));
        var invitation = InvitationFor(GameRole.Player, "RUS");
        var outcome = new Outcome();

        Should.Throw<SeatingException>(() => Seating.Accept(roster, invitation, Anna, Now, outcome)).Code.ShouldBe(SeatingException.MinistryTaken);

        roster.IsMember(Anna.UserId).ShouldBeFalse();
        invitation.Uses.ShouldBe(0);
        outcome.Changes.ShouldBeEmpty();
        outcome.NewMembers.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("usedUp")]
    [InlineData("revoked")]
    public void Accept_AnInvitationNoLongerValid_IsRefused_AndNobodyJoins(string why)
    {
        var roster = RosterWith((Gm, GameRole.GameMaster));
        var invitation = InvitationFor(GameRole.Spectator, maxUses: 1);
        var at = Now;
        if (why == "expired")
            at = Now.AddDays(7);
        else if (why == "usedUp")
            invitation.Use(Now);
        else
            invitation.Revoke(Now);

        Should.Throw<SeatingException>(() => Seating.Accept(roster, invitation, Anna, at, new Outcome())).Code.ShouldBe(SeatingException.InvitationNotValid);
        roster.IsMember(Anna.UserId).ShouldBeFalse();
    }

    [Fact]
    public void Accept_RaisesASpectatorToPlayer_ButNeverLowersAGm()
    {
        var roster = RosterWith((Gm, GameRole.GameMaster), (Anna, GameRole.Spectator));

        Seating.Accept(roster, InvitationFor(GameRole.Player), Anna, Now, new Outcome()).ShouldBe(GameRole.Player);
        Seating.Accept(roster, InvitationFor(GameRole.Spectator), Gm, Now, new Outcome()).ShouldBe(GameRole.GameMaster);
    }

    [Fact]
    public void Accept_TwiceByTheSameMember_SpendsOneUse()
    {
        var roster = RosterWith((Gm, GameRole.GameMaster));
        var invitation = InvitationFor(GameRole.Player, "VNM", maxUses: 1);

        Seating.Accept(roster, invitation, Anna, Now, new Outcome());
        var again = new Outcome();
        Seating.Accept(roster, invitation, Anna, Now.AddSeconds(1), again).ShouldBe(GameRole.Player);

        invitation.Uses.ShouldBe(1);
        again.Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Assign_ATakenMinistry_TransfersIt_AndLogsBothMembers()
    {
        rusMfa.AssignTo(Anna.UserId);
        var roster = RosterWith((Gm, GameRole.GameMaster), (Anna, GameRole.Player), (Boris, GameRole.Spectator));
        var outcome = new Outcome();

        Seating.Assign(roster, rusMfa, Boris, Gm, "Anna steps down.", outcome);

        rusMfa.IsHeldBy(Boris.UserId).ShouldBeTrue();
        roster.RoleOf(Boris.UserId).ShouldBe(GameRole.Player);
        var changes = outcome.Changes.Cast<MemberChanged>().ToList();
        changes.Select(c => (c.UserName, c.Kind)).ShouldBe([("anna", MemberChangeKind.Unseated), ("boris", MemberChangeKind.Seated)]);
        changes.ShouldAllBe(c => c.By == "gm" && c.Note == "Anna steps down.");
    }

    [Fact]
    public void Assign_ToSomeoneWhoIsNoMember_IsNotAMember()
    {
        var roster = RosterWith((Gm, GameRole.GameMaster));

        Should.Throw<SeatingException>(() => Seating.Assign(roster, rusMfa, Anna, Gm, null, new Outcome())).Code.ShouldBe(SeatingException.NotAMember);
        rusMfa.HolderId.ShouldBeNull();
    }

    [Fact]
    public void Assign_Null_VacatesTheMinistry()
    {
        rusMfa.AssignTo(Anna.UserId);
        var roster = RosterWith((Gm, GameRole.GameMaster), (Anna, GameRole.Player));
        var outcome = new Outcome();

        Seating.Assign(roster, rusMfa, null, Gm, null, outcome);

        rusMfa.HolderId.ShouldBeNull();
        var change = outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<MemberChanged>();
        (change.UserName, change.Kind, change.Role).ShouldBe(("anna", MemberChangeKind.Unseated, GameRole.Player));
        change.Ministries.ShouldBeEmpty();
    }

    [Fact]
    public void Remove_VacatesTheirMinistries_AndDropsTheirRow()
    {
        rusMfa.AssignTo(Anna.UserId);
        vnmMfa.AssignTo(Anna.UserId);
        var roster = RosterWith((Gm, GameRole.GameMaster), (Anna, GameRole.Player));
        var outcome = new Outcome();

        Seating.Remove(roster, Anna, Anna, null, outcome);

        rusMfa.HolderId.ShouldBeNull();
        vnmMfa.HolderId.ShouldBeNull();
        outcome.DepartedMembers.ShouldHaveSingleItem().UserId.ShouldBe(Anna.UserId);
        var change = outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<MemberChanged>();
        (change.Kind, change.Role).ShouldBe((MemberChangeKind.Left, (GameRole?)null));
    }

    [Fact]
    public void Remove_TheLastGm_IsRefused_ButOneOfTwoMayGo()
    {
        var roster = RosterWith((Gm, GameRole.GameMaster), (Anna, GameRole.GameMaster));

        Seating.Remove(roster, Anna, Gm, null, new Outcome());

        Should.Throw<SeatingException>(() => Seating.Remove(roster, Gm, Gm, null, new Outcome())).Code.ShouldBe(SeatingException.LastGameMaster);
        roster.RoleOf(Gm.UserId).ShouldBe(GameRole.GameMaster);
    }

    // MemberChanged holds a list: compared by its items, not the list's reference.
    private sealed class MemberChangedComparer : IEqualityComparer<MemberChanged>
    {
        public bool Equals(MemberChanged? x, MemberChanged? y) =>
            x is not null && y is not null && x with { Ministries = [] } == y with { Ministries = [] } && x.Ministries.SequenceEqual(y.Ministries);

        public int GetHashCode(MemberChanged obj) => obj.UserName.GetHashCode(StringComparison.Ordinal);
    }
}
