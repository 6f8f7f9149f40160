using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Members;

/// <summary>
/// Who may change a seat (<see cref="Seating.MayChange"/>): a GM any; its holder may resign it; the
/// foreign minister may bring another member into the nation's other vacant (or own) ministries.
/// </summary>
public sealed class SeatAuthorityTests
{
    private static readonly Person Gm = new("id-gm", "gm");
    private static readonly Person Minister = new("id-min", "minister");
    private static readonly Person Colleague = new("id-col", "colleague");
    private static readonly Person Other = new("id-oth", "other");

    private readonly Game game = new(Guid.NewGuid(), "authority", "Authority", new DateOnly(2030, 1, 1), "default", RelationsVisibility.Public);
    private readonly Ministry rusMfa;
    private readonly Ministry rusMod;
    private readonly Ministry rusTrade;
    private readonly Ministry vnmMod;
    private readonly Roster roster;

    public SeatAuthorityTests()
    {
        rusMfa = new Ministry(Guid.NewGuid(), game.Id, "RUS", MinistryKind.ForeignAffairs, "Ministry of Foreign Affairs of Russia", null);
        rusMod = new Ministry(Guid.NewGuid(), game.Id, "RUS", MinistryKind.Defence, "Ministry of Defence of Russia", null);
        rusTrade = new Ministry(Guid.NewGuid(), game.Id, "RUS", MinistryKind.Trade, "Ministry of Trade of Russia", null);
        vnmMod = new Ministry(Guid.NewGuid(), game.Id, "VNM", MinistryKind.Defence, "Ministry of Defence of Viet Nam", null);
        rusMfa.AssignTo(Minister.UserId);
        Person[] people = [Gm, Minister, Colleague, Other];
        roster = new Roster(game,
            [new(game.Id, Gm.UserId, GameRole.GameMaster), new(game.Id, Minister.UserId, GameRole.Player), new(game.Id, Colleague.UserId, GameRole.Spectator), new(game.Id, Other.UserId, GameRole.Player)],
            [rusMfa, rusMod, rusTrade, vnmMod], people.ToDictionary(p => p.UserId, p => p.UserName));
    }

    [Fact]
    public void AGm_MayChangeAnySeat() =>
        new[] { rusMfa, rusMod, vnmMod }.ShouldAllBe(m => Seating.MayChange(roster, m, Other, Gm) && Seating.MayChange(roster, m, null, Gm));

    [Fact]
    public void TheForeignMinister_MayGiveAVacantMinistryOfTheirNation_ToAnotherMember()
    {
        var outcome = new Outcome();

        Seating.Assign(roster, rusMod, Colleague, Minister, "Welcome aboard.", outcome);

        rusMod.IsHeldBy(Colleague.UserId).ShouldBeTrue();
        roster.RoleOf(Colleague.UserId).ShouldBe(GameRole.Player);
        var seated = outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<MemberChanged>();
        (seated.Kind, seated.By).ShouldBe((MemberChangeKind.Seated, "minister"));
    }

    [Fact]
    public void TheForeignMinister_MayHandOnAMinistryTheyHoldThemselves()
    {
        rusTrade.AssignTo(Minister.UserId);

        Seating.MayChange(roster, rusTrade, Colleague, Minister).ShouldBeTrue();
    }

    [Fact]
    public void TheForeignMinister_MayNotTakeASeatFromAnother_NorGiveTheForeignMinistry_NorAnotherNationsSeat_NorSeatThemself()
    {
        rusMod.AssignTo(Other.UserId);

        Seating.MayChange(roster, rusMod, Colleague, Minister).ShouldBeFalse("defence is held by another player");
        Seating.MayChange(roster, rusMod, null, Minister).ShouldBeFalse("vacating another's seat is the GMs' part");
        Seating.MayChange(roster, rusMfa, Colleague, Minister).ShouldBeFalse("the foreign ministry itself passes by a GM");
        Seating.MayChange(roster, vnmMod, Colleague, Minister).ShouldBeFalse("another nation's ministry");
        Seating.MayChange(roster, rusTrade, Minister, Minister).ShouldBeFalse("a foreign minister does not add seats to their own");
    }

    [Fact]
    public void AHolder_MayResign_ButNotGiveTheSeatAway()
    {
        rusMod.AssignTo(Other.UserId);
        var outcome = new Outcome();

        Seating.MayChange(roster, rusMod, Colleague, Other).ShouldBeFalse();
        Seating.Assign(roster, rusMod, null, Other, "Resigning for health reasons.", outcome);

        rusMod.HolderId.ShouldBeNull();
        var unseated = outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<MemberChanged>();
        (unseated.UserName, unseated.Kind, unseated.By).ShouldBe(("other", MemberChangeKind.Unseated, "other"));
    }

    [Fact]
    public void AnyoneElse_IsRefusedAsGmOnly_AndNothingChanges()
    {
        var outcome = new Outcome();

        Should.Throw<SeatingException>(() => Seating.Assign(roster, rusMod, Colleague, Other, null, outcome)).Code.ShouldBe(SeatingException.GameMasterOnly);
        Should.Throw<SeatingException>(() => Seating.Assign(roster, rusMfa, null, Colleague, null, outcome)).Code.ShouldBe(SeatingException.GameMasterOnly);

        rusMod.HolderId.ShouldBeNull();
        rusMfa.IsHeldBy(Minister.UserId).ShouldBeTrue();
        outcome.Changes.ShouldBeEmpty();
    }

    [Fact]
    public void Seat_GivesSeveralMinistriesAtOnce_WithOneLogEntry()
    {
        var outcome = new Outcome();

        Seating.Seat(roster, Colleague, [rusMod, rusTrade], Gm, null, outcome);

        roster.HeldBy(Colleague.UserId).ShouldBe([rusMod, rusTrade], ignoreOrder: true);
        outcome.Changes.ShouldHaveSingleItem().ShouldBeOfType<MemberChanged>().Ministries.Count.ShouldBe(2);
    }

    [Fact]
    public void Seat_InAMinistryHeldByAnother_IsMinistryTaken_AndSeatsNothing()
    {
        rusTrade.AssignTo(Other.UserId);

        Should.Throw<SeatingException>(() => Seating.Seat(roster, Colleague, [rusMod, rusTrade], Gm, null, new Outcome())).Code.ShouldBe(SeatingException.MinistryTaken);

        rusMod.HolderId.ShouldBeNull();
    }
}
