using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Server.Events;

// The push contract's payloads: what clients receive as an event's "payload" (REST, catch-up and live
// alike), one record per event type, in one place.

/// <summary><c>communique.delivered</c>: who wrote to whom, the subject and how many clauses; the letter itself is read by id.</summary>
public sealed record CommuniqueDeliveredPayload(Guid Id, Guid FromMinistry, Guid ToMinistry, string FromNation, string ToNation, string Subject, Classification Classification, Guid? InReplyTo, int Clauses)
{
    public static CommuniqueDeliveredPayload Of(Communique c) =>
        new(c.Id, c.FromMinistry, c.ToMinistry, c.FromNation, c.ToNation, c.Subject, c.Classification, c.InReplyTo, c.Clauses.Count);
}

/// <summary><c>communique.answered</c>: the letter answered, the reply, and each clause's decision.</summary>
public sealed record CommuniqueAnsweredPayload(Guid Communique, Guid Reply, IReadOnlyList<DecisionPayload> Decisions);

public sealed record DecisionPayload(int ClauseIndex, Decision Decision);

/// <summary><c>agreement.changed</c>: an agreement's status and what it still awaits.</summary>
public sealed record AgreementChangedPayload(Guid Id, ClauseKind Kind, string Requester, string Grantor, AgreementStatus Status, IReadOnlyList<string> Awaiting, string? Ruling)
{
    public static AgreementChangedPayload Of(Agreement a) => new(a.Id, a.Kind, a.Requester, a.Grantor, a.Status, a.Awaiting, a.Ruling);
}

/// <summary>
/// <c>relation.changed</c>: a pair's score moved; <c>Reason</c> and <c>SourceEventSeq</c> say why,
/// unless the cause is undisclosed to the reader (decision 0007).
/// </summary>
public sealed record RelationChangedPayload(string From, string To, int Score, string Reason, int Amount, long? SourceEventSeq)
{
    /// <summary>What a reader who may see the score but not its cause reads: the change, not why.</summary>
    public static RelationChangedPayload Undisclosed(string from, string to, int score, int amount) =>
        new(from, to, score, Domain.Visibility.Audience.UndisclosedReason, amount, null);
}

/// <summary><c>clock.advanced</c>: the in-game date moved from one day to another.</summary>
public sealed record ClockAdvancedPayload(DateOnly From, DateOnly To, int Days);

/// <summary>
/// <c>member.changed</c>: a member's place after the change (<c>Role</c> null once they have left, the
/// ministries they hold), what changed (joined, roleChanged, seated, unseated, left, removed), who did it
/// and the note they gave.
/// </summary>
public sealed record MemberChangedPayload(string UserName, GameRole? Role, IReadOnlyList<Guid> Ministries, MemberChangeKind Change, string By, string? Note)
{
    public static MemberChangedPayload Of(MemberChanged m) => new(m.UserName, m.Role, m.Ministries, m.Kind, m.By, m.Note);
}

/// <summary><c>claim.submitted</c>: who claims which nation's ministries (by kind), with their note to the GMs.</summary>
public sealed record ClaimSubmittedPayload(Guid Id, string Claimant, string Nation, IReadOnlyList<MinistryKind> Ministries, string? Note)
{
    public static ClaimSubmittedPayload Of(ClaimSubmitted c) => new(c.Claim.Id, c.Claimant, c.Claim.Nation, c.Claim.Ministries, c.Claim.Note);
}

/// <summary>
/// <c>claim.decided</c>: the claim's state now (approved, denied), the ministries it seated, who decided
/// (null: the rules of an open nation in an open game) and the note or reason they gave.
/// </summary>
public sealed record ClaimDecidedPayload(Guid Id, string Claimant, string Nation, ClaimState Status, IReadOnlyList<Guid> Seats, string? By, string? Note)
{
    public static ClaimDecidedPayload Of(ClaimDecided c) => new(c.Claim.Id, c.Claimant, c.Claim.Nation, c.Claim.State, c.Claim.Seats, c.By, c.Claim.DecisionNote);
}

/// <summary>
/// <c>world.changed</c> for a nation: <c>Subject</c> "nation", its code, and what it is now (for now only the
/// claim status a GM sets), who changed it and their note.
/// </summary>
public sealed record NationChangedPayload(string Subject, string Code, ClaimStatus ClaimStatus, string By, string? Note)
{
    public static NationChangedPayload Of(NationChanged n) => new("nation", n.Nation, n.ClaimStatus, n.By, n.Note);
}
