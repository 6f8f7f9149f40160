using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Members;

/// <summary>
/// Who is in a game and who holds which ministry: joining, invitations, seats and leaving. Each
/// operation checks everything before it changes anything (a refusal leaves the roster as it was), then
/// changes the roster in place and logs one <see cref="MemberChanged"/> per member whose place changed.
/// </summary>
public static class Seating
{
    /// <summary>
    /// <paramref name="who"/> joins as <paramref name="role"/>, or is raised to it; a member already at or
    /// above it is left as they are. Returns the role they have afterwards.
    /// </summary>
    public static GameRole Admit(Roster roster, Person who, GameRole role, Person by, string? note, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(outcome);
        var kind = AdmitQuietly(roster, who, role, outcome);
        if (kind is { } changed)
            Log(roster, who.UserId, changed, by, note, outcome);
        return roster.RoleOf(who.UserId)!.Value;
    }

    /// <summary>
    /// <paramref name="who"/> accepts <paramref name="invitation"/> at <paramref name="now"/>: it must be valid;
    /// a player invitation for a nation seats them in its vacant foreign ministry, else its first vacant one
    /// (none vacant: <see cref="SeatingException.MinistryTaken"/>). A use is counted only when the acceptance
    /// changes something: a member who already has what it gives is answered with their role, spending nothing.
    /// </summary>
    public static GameRole Accept(Roster roster, Invitation invitation, Person who, DateTimeOffset now, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(outcome);
        var needsSeat = invitation.Nation is { } nation && !roster.HeldBy(who.UserId).Any(m => m.Nation == nation);
        var needsRole = roster.RoleOf(who.UserId) is not { } had || GameMember.Rank(invitation.Role) > GameMember.Rank(had);
        // A member who already has all it gives (the link followed twice) is told so, spending nothing.
        if (!needsSeat && !needsRole)
            return roster.RoleOf(who.UserId)!.Value;
        if (!invitation.IsValidAt(now))
            throw new SeatingException(SeatingException.InvitationNotValid, "The invitation has expired, been used up or been revoked.");

        Ministry? seat = null;
        if (needsSeat)
        {
            var vacant = roster.Ministries.Where(m => m.Nation == invitation.Nation && m.HolderId is null).ToList();
            seat = vacant.FirstOrDefault(m => m.Kind == MinistryKind.ForeignAffairs) ?? vacant.FirstOrDefault()
                ?? throw new SeatingException(SeatingException.MinistryTaken, $"Every ministry of {invitation.Nation} is held; ask a game master of the game for another seat.");
        }

        var kind = AdmitQuietly(roster, who, invitation.Role, outcome);
        if (seat is not null)
        {
            seat.AssignTo(who.UserId);
            kind ??= MemberChangeKind.Seated;
        }
        if (kind is { } changed)
        {
            invitation.Use(now);
            Log(roster, who.UserId, changed, who, "invitation", outcome);
        }
        return roster.RoleOf(who.UserId)!.Value;
    }

    /// <summary>
    /// <paramref name="by"/> gives <paramref name="ministry"/> to <paramref name="holder"/> (taking it from whoever
    /// held it), or vacates it (null), if <see cref="MayChange"/> lets them (else <see cref="SeatingException.GameMasterOnly"/>).
    /// The new holder must already be a member (<see cref="SeatingException.NotAMember"/>: nobody is put into a
    /// game without having accepted to be in it); a spectator becomes a player.
    /// </summary>
    public static void Assign(Roster roster, Ministry ministry, Person? holder, Person by, string? note, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(ministry);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!MayChange(roster, ministry, holder, by))
            throw new SeatingException(SeatingException.GameMasterOnly,
                "Only a game master of this game can give or take this ministry. Its holder may resign it (userName null), and the player who holds a nation's foreign ministry may give its other ministries, vacant or their own, to another member.");
        if (holder is not null && !roster.IsMember(holder.UserId))
            throw new SeatingException(SeatingException.NotAMember, $"'{holder.UserName}' is not a member of this game: invite them first (POST .../invitations).");
        if (ministry.HolderId == holder?.UserId)
            return;

        var previous = ministry.HolderId;
        if (holder is null)
            ministry.Vacate();
        else
        {
            roster.Know(holder);
            AdmitQuietly(roster, holder, GameRole.Player, outcome);
            ministry.AssignTo(holder.UserId);
        }
        if (previous is not null)
            Log(roster, previous, MemberChangeKind.Unseated, by, note, outcome);
        if (holder is not null)
            Log(roster, holder.UserId, MemberChangeKind.Seated, by, note, outcome);
    }

    /// <summary>
    /// Who may change who holds <paramref name="ministry"/>: a GM, always; its holder, to leave it (resign:
    /// <paramref name="holder"/> null); and the player who holds the nation's foreign ministry, to give one of
    /// the nation's other ministries that is vacant or their own to another member, as a cabinet's head of
    /// diplomacy brings in a colleague. Taking a seat from someone else, or one of another nation, is the GMs' part.
    /// </summary>
    public static bool MayChange(Roster roster, Ministry ministry, Person? holder, Person by)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(ministry);
        if (roster.MemberOf(by.UserId) is { IsGameMaster: true })
            return true;
        if (holder is null)
            return ministry.IsHeldBy(by.UserId);
        var foreignMinister = roster.Ministries.Any(m => m.Nation == ministry.Nation && m.Kind == MinistryKind.ForeignAffairs && m.IsHeldBy(by.UserId));
        return foreignMinister && ministry.Kind != MinistryKind.ForeignAffairs && holder.UserId != by.UserId
            && (ministry.HolderId is null || ministry.IsHeldBy(by.UserId));
    }

    /// <summary>
    /// Seats <paramref name="who"/> in <paramref name="seats"/> at once (a claim approved): each must be vacant or
    /// theirs already (<see cref="SeatingException.MinistryTaken"/>: nothing is taken from another player this way),
    /// and they must be a member. A spectator becomes a player; one <see cref="MemberChanged"/> says what they hold now.
    /// </summary>
    public static void Seat(Roster roster, Person who, IReadOnlyCollection<Ministry> seats, Person by, string? note, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(seats);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!roster.IsMember(who.UserId))
            throw new SeatingException(SeatingException.NotAMember, $"'{who.UserName}' is no longer a member of this game.");
        if (seats.FirstOrDefault(m => m.HolderId is not null && !m.IsHeldBy(who.UserId)) is { } taken)
            throw new SeatingException(SeatingException.MinistryTaken, $"{taken.Title} is held by another player: vacate it first (PUT .../ministries/{taken.Id}/holder), or choose another.");

        var kind = AdmitQuietly(roster, who, GameRole.Player, outcome);
        foreach (var seat in seats.Where(m => !m.IsHeldBy(who.UserId)))
        {
            seat.AssignTo(who.UserId);
            kind = MemberChangeKind.Seated;
        }
        if (kind is { } changed)
            Log(roster, who.UserId, changed, by, note, outcome);
    }

    /// <summary>
    /// <paramref name="who"/> leaves the game (or a GM removes them): their ministries fall vacant and their
    /// row goes. The last game master cannot go (<see cref="SeatingException.LastGameMaster"/>): a campaign
    /// always has someone to run it.
    /// </summary>
    public static void Remove(Roster roster, Person who, Person by, string? note, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!roster.IsMember(who.UserId))
            throw new SeatingException(SeatingException.NotAMember, $"'{who.UserName}' is not a member of this game.");
        var member = roster.MemberOf(who.UserId);
        if (member is { IsGameMaster: true } && roster.GameMasters == 1)
            throw new SeatingException(SeatingException.LastGameMaster, "The last game master cannot leave: make another member a game master first (an invitation with role gameMaster).");

        roster.Know(who);
        foreach (var ministry in roster.HeldBy(who.UserId).ToList())
            ministry.Vacate();
        if (member is not null)
        {
            roster.Remove(member);
            outcome.Remove(member);
        }
        Log(roster, who.UserId, who.UserId == by.UserId ? MemberChangeKind.Left : MemberChangeKind.Removed, by, note, outcome);
    }

    // Adds or raises without logging; the kind of change made, or null when there was none.
    private static MemberChangeKind? AdmitQuietly(Roster roster, Person who, GameRole role, Outcome outcome)
    {
        roster.Know(who);
        if (roster.MemberOf(who.UserId) is { } member)
            return member.RaiseTo(role) ? MemberChangeKind.RoleChanged : null;
        // A holder without a row (seated before rows were kept for every player) is a player at least.
        var holds = roster.HeldBy(who.UserId).Any();
        var added = new GameMember(roster.Game.Id, who.UserId, holds && role == GameRole.Spectator ? GameRole.Player : role);
        roster.Add(added);
        outcome.Add(added);
        return holds ? (added.Role == GameRole.Player ? null : MemberChangeKind.RoleChanged) : MemberChangeKind.Joined;
    }

    private static void Log(Roster roster, string userId, MemberChangeKind kind, Person by, string? note, Outcome outcome) =>
        outcome.Log(new MemberChanged(roster.NameOf(userId), roster.RoleOf(userId), [.. roster.HeldBy(userId).Select(m => m.Id).Order()], kind, by.UserName, note));
}
