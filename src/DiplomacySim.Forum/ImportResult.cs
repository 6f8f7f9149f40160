using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Forum;

/// <summary>
/// What the importer made of a post: a draft to review (never stored by the importer), where each
/// clause came from in the post, and what it could not resolve, with why.
/// </summary>
public sealed record ImportResult(
    ImportedDraft Draft,
    IReadOnlyList<ClauseSource> ClauseSources,
    IReadOnlyList<Unresolved> Unresolved,
    string? InReplyToSubject,
    IReadOnlyList<ImportedResponse> Responses)
{
    /// <summary>
    /// A "Re: X" line of its own read as the letter's subject: X may also be the letter it answers. A
    /// caller that finds a communique of that subject for the sender imports again with its clauses.
    /// </summary>
    public string? MayAnswerSubject { get; init; }
}

/// <summary>The draft communique; a ministry is null when the post did not name one the game knows.</summary>
public sealed record ImportedDraft(Guid? FromMinistry, Guid? ToMinistry, string? Subject, Classification Classification, string Body, IReadOnlyList<Clause> Clauses);

/// <summary>The span of the submitted text a clause (or a response) was read from, and how sure the reading is (0 to 1).</summary>
public sealed record ClauseSource(int ClauseIndex, int Start, int Length, double Confidence);

/// <summary>Something the post says that the importer could not turn into the draft, and why.</summary>
public sealed record Unresolved(string Text, string Reason);

/// <summary>A reply's answer to one clause of the communique it answers.</summary>
public sealed record ImportedResponse(ClauseKind Answers, int? ClauseIndex, ReplyDecision Decision, Clause? Counter, int Start, int Length);

public enum ReplyDecision
{
    Accept,
    Reject,
    Counter,
}
