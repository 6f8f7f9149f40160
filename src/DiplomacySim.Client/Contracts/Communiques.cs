using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Client.Contracts;

/// <summary>A communique to check or send: ministries by id, and the typed clauses it carries.</summary>
public sealed record CommuniqueDraft(
    Guid FromMinistry,
    Guid ToMinistry,
    string Subject,
    Classification Classification,
    string Body,
    IReadOnlyList<Clause> Clauses,
    Guid? InReplyTo = null);

/// <summary>What a check found: every rule the draft breaks; empty when it may be sent.</summary>
public sealed record CheckResult(IReadOnlyList<Violation> Violations);

/// <summary>A broken rule: its stable code, a message for the player, and the clause it concerns (null for the whole communique).</summary>
public sealed record Violation(string Code, string Message, int? ClauseIndex);

/// <summary>The sent communique's id and the seq of the event that delivered it.</summary>
public sealed record SendResult(Guid Id, long Seq);

/// <summary>Which communiques to list: those the caller's ministries received, sent, or every one it may see.</summary>
public enum Box
{
    Inbox,
    Sent,
    All,
}

/// <summary>A communique as its readers see it.</summary>
public sealed record CommuniqueView(
    Guid Id,
    long Seq,
    Guid FromMinistry,
    Guid ToMinistry,
    string FromNation,
    string ToNation,
    string Subject,
    Classification Classification,
    string Body,
    Guid? InReplyTo,
    DateTimeOffset SentAt,
    DateOnly InGameDate,
    IReadOnlyList<ClauseView> Clauses);

/// <summary>
/// A clause and where it stands. <paramref name="Answers"/> names the clause a counter-proposal
/// answers; <paramref name="ConsentForAgreement"/> marks a request for a host state's consent.
/// </summary>
public sealed record ClauseView(
    int Index,
    ClauseKind Kind,
    ClauseStatus Status,
    Clause Terms,
    string Requester,
    string Grantor,
    ClauseRef? Answers,
    Guid? AgreementId,
    Guid? ConsentForAgreement);

/// <summary>A clause by its communique and position, as the API names clauses.</summary>
