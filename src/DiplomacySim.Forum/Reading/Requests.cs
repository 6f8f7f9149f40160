using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// A request: the sentence that asks (or opens a numbered or bulleted item) and up to three
/// following sentences of the same paragraph that say more about it ("the detachment would ...").
/// </summary>
internal sealed record Request(ClauseKind Kind, Sentence Asking, int End, string Text, string AskingText);

/// <summary>Finds the requests of a letter, and the kind of each; prose that asks for nothing yields none.</summary>
internal static partial class Requests
{
    private const int MaxFollowing = 3;

    [GeneratedRegex(@"\b(?:requests?|requesting|ask|asks|asked|propose|proposes|proposed|seeks?|would like|wish(?:es)?|invites?|offers?|could visit|would visit|be permitted|permit|permission|allow|grant|that the two governments|would (?:instead )?welcome|suggests?)\b|^\s*that\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Asking();

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

    public static List<Request> Find(string text, List<Sentence> sentences, ForumWorld world, Folded folded)
    {
        var requests = new List<Request>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var asking = sentence.Of(text);
            if (!Asking().IsMatch(asking) && !(sentence.StartsItem && Asking().IsMatch("that " + asking)))
                continue;
            if (KindOf(asking, sentence, world, folded) is not { } kind)
                continue;
            var end = sentence.End;
            for (var j = i + 1; j < sentences.Count && j <= i + MaxFollowing; j++)
            {
                var next = sentences[j];
                if (next.Paragraph != sentence.Paragraph || next.StartsItem || Asking().IsMatch(next.Of(text)))
                    break;
                end = next.End;
            }
            requests.Add(new Request(kind, sentence, end, text[sentence.Start..end], asking));
        }
        return requests;
    }

    /// <summary>The kind of request a sentence makes, by what it talks about; null when none.</summary>
    internal static ClauseKind? KindOf(string sentence, Sentence span, ForumWorld world, Folded folded)
    {
        var lower = sentence.ToLowerInvariant();
        if (lower.Contains("protecting power", StringComparison.Ordinal) || Regex.IsMatch(lower, @"\bprotect\w*\b.*\binterests\b"))
            return ClauseKind.ProtectingPower;
        if (Regex.IsMatch(lower, @"\b(?:refuel\w*|fuel)\b"))
            return ClauseKind.RefuelingRights;
        if (lower.Contains("tariff", StringComparison.Ordinal) || lower.Contains("trade agreement", StringComparison.Ordinal) || lower.Contains("trade in ", StringComparison.Ordinal) || lower.Contains("free trade", StringComparison.Ordinal))
            return ClauseKind.TradeAgreement;
        if (lower.Contains("invest", StringComparison.Ordinal))
            return ClauseKind.Investment;
        if (Regex.IsMatch(lower, @"\b(?:delegation|visit)\b"))
            return ClauseKind.DelegationVisit;
        if (lower.Contains("basing", StringComparison.Ordinal)
            || Regex.IsMatch(lower, @"\b(?:base|naval station|airfield|air station)\b.*\b(?:personnel|troops|forces|detachment)\b")
            || (world.InstallationsIn(folded, span.Start, span.End).Count > 0 && Regex.IsMatch(lower, @"\b(?:use of|host|station\w*|deploy\w*|detachment|personnel|troops|forces|base)\b")))
            return ClauseKind.BasingRights;
        if (lower.Contains("cooperation", StringComparison.Ordinal) || lower.Contains("co-operation", StringComparison.Ordinal))
            return ClauseKind.Cooperation;
        return null;
    }
}
