using System.Text.Json.Serialization;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Client.Contracts;

/// <summary>How a pasted post is written; <see cref="Auto"/> lets the server tell from the text.</summary>
public enum PostFormat
{
    Auto,
    Plain,
    [JsonStringEnumMemberName("bbcode")]
    BBCode,
    Markdown,
}

/// <summary>What an export is pasted into: a forum thread (BBCode) or a chat (Markdown).</summary>
public enum ExportFormat
{
    [JsonStringEnumMemberName("bbcode")]
    BBCode,
    Markdown,
}

/// <summary>A forum post to read into a draft (<c>POST .../communiques/import</c>).</summary>
public sealed record ImportRequest(string Text, PostFormat Format = PostFormat.Auto);

/// <summary>
/// What the server made of a post: a draft to review and send, where each clause came from, what it
/// could not resolve, the rule check of the draft, and, for a reply, its answers.
/// </summary>
public sealed record ImportedPost(
    ImportedDraft Draft,
    IReadOnlyList<ClauseSource> ClauseSources,
    IReadOnlyList<UnresolvedText> Unresolved,
    IReadOnlyList<Violation> Violations,
    IReadOnlyList<ImportedAnswer> Responses);

/// <summary>The draft; a ministry is null when the post named none the game knows.</summary>
public sealed record ImportedDraft(Guid? FromMinistry, Guid? ToMinistry, string? Subject, Classification Classification, string Body, IReadOnlyList<Clause> Clauses, Guid? InReplyTo);

/// <summary>The span of the submitted text a clause was read from (UTF-16 offsets), and how sure the reading is (0 to 1).</summary>
public sealed record ClauseSource(int ClauseIndex, int Start, int Length, double Confidence);

/// <summary>Something the post says that the server could not turn into the draft, and why.</summary>
public sealed record UnresolvedText(string Text, string Reason);

/// <summary>A reply's answer to a clause of the communique it answers, and the span it was read from.</summary>
public sealed record ImportedAnswer(ClauseKind Answers, int? ClauseIndex, Decision Decision, Clause? Counter, int Start, int Length);
