using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// A request: the sentence that asks (or offers), then every later sentence that speaks of the same
/// thing ("these bases", "that number", "the delegation"), wherever it stands in the letter.
/// </summary>
internal sealed record Request(ClauseKind Kind, Stance Stance, IReadOnlyList<Sentence> Parts, string Text)
{
    public Sentence Asking => Parts[0];
    public int End => Parts.Max(p => p.End);
    public string AskingText { get; init; } = Text;

    public static Request Of(ClauseKind kind, Stance stance, IReadOnlyList<Sentence> parts, string text) =>
        new(kind, stance, parts, string.Join(" ", parts.Select(p => p.Of(text)))) { AskingText = parts[0].Of(text) };
}

/// <summary>Finds the requests of a letter, and the kind of each; prose that asks for nothing yields none.</summary>
internal static partial class Requests
{
    [GeneratedRegex(@"^[ \t]*(?:our |the )?requests[ \t]*:?[ \t]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RequestsHeading();

    /// <summary>
    /// The sentences requests are read from. A letter that lists its requests under a "Requests"
    /// heading (as an export does) asks only in that list; the prose above it is the covering letter,
    /// which may repeat the same requests in its own words and must not make them twice.
    /// </summary>
    public static List<Sentence> Listed(string text, List<Sentence> sentences)
    {
        var heading = RequestsHeading().Matches(text).LastOrDefault();
        return heading is null ? sentences : [.. sentences.Where(s => s.Start >= heading.Index + heading.Length)];
    }

    public static List<Request> Find(string text, List<Sentence> sentences, TermsContext context) =>
        [.. new Discourse(text, context).Read(sentences).Select(t => Request.Of(t.Kind, t.Stance, t.Parts, text))];
}
