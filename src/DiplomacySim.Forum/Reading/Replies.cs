using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// A reply answers the clauses of an earlier communique item by item: "Refuelling: agreed",
/// "Choir Air Base: ... we would instead welcome up to 150 personnel". Each item names what it
/// answers (a kind, or an installation of a basing request) and says accept, reject or counter.
/// </summary>
internal static partial class Replies
{
    [GeneratedRegex(@"\b(?:instead|counter[- ]?propos\w*|would (?:rather|instead)|propose instead|(?:can|could|would) (?:only )?(?:accept|agree to|allow|offer|take) (?:up to|no more than|at most)|only up to)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Counter();

    [GeneratedRegex(@"\b(?:cannot|can ?not|decline\w*|reject\w*|unable|regrets?|refus\w*|not (?:able|possible|in a position))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reject();

    [GeneratedRegex(@"\b(?:agree\w*|accept\w*|pleased|welcomes?|approv\w*|consent\w*|happy to|glad to|delighted|look(?:s|ing)? forward to)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Accept();

    public static List<ImportedResponse> Read(PlainText plain, List<Sentence> sentences, ForumWorld world, Folded folded, IReadOnlyList<Clause>? answering, TermsContext terms)
    {
        var text = plain.Text;
        var responses = new List<ImportedResponse>();
        foreach (var item in Items(text, sentences))
        {
            var itemText = text[item.Start..item.End];
            var kind = KindAnswered(itemText, item, world, folded);
            if (kind is null)
                continue;
            var decision = Counter().IsMatch(itemText) ? ReplyDecision.Counter
                : Reject().IsMatch(itemText) ? ReplyDecision.Reject
                : Accept().IsMatch(itemText) ? ReplyDecision.Accept
                : (ReplyDecision?)null;
            if (decision is null)
                continue;
            Clause? counter = null;
            if (decision == ReplyDecision.Counter)
            {
                // The counter's terms are those said with "instead", and the label saying what it answers:
                // "Meeting: 8 April does not suit us; we would instead propose ... 15 April" is 15 April.
                var at = item.Start + Counter().Match(itemText).Index;
                var from = Math.Max(item.Start, text.LastIndexOfAny(['.', ';', '!', '?'], at - 1, at - item.Start) + 1);
                var colon = itemText.IndexOf(':', StringComparison.Ordinal);
                Sentence[] parts = colon > 0 && colon < 60 && item.Start + colon < from ? [item with { End = item.Start + colon }, item with { Start = from }] : [item with { Start = Math.Min(from, item.Start + Math.Max(0, colon)) }];
                var request = Request.Of(kind.Value, Stance.Request, parts, text);
                counter = Terms.Read(request, terms);
                if (counter is null)
                    decision = ReplyDecision.Reject;
            }
            var index = answering?.Select((c, i) => (c, i)).Where(p => p.c.Kind == kind).Select(p => (int?)p.i).FirstOrDefault();
            var (start, length) = plain.Original(item.Start, item.End);
            responses.Add(new ImportedResponse(kind.Value, index, decision.Value, counter, start, length));
        }
        return responses;
    }

    // A reply's items: bulleted or numbered, each with the sentences that follow it in its line.
    private static IEnumerable<Sentence> Items(string text, List<Sentence> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].StartsItem)
                continue;
            var end = sentences[i].End;
            for (var j = i + 1; j < sentences.Count && !sentences[j].StartsItem && text.IndexOf('\n', sentences[i].Start, sentences[j].Start - sentences[i].Start) < 0; j++)
                end = sentences[j].End;
            yield return sentences[i] with { End = end };
        }
    }

    // What an item answers: by its label ("Refuelling:", "Trade:", "Choir Air Base:") or by what it talks about.
    private static ClauseKind? KindAnswered(string item, Sentence span, ForumWorld world, Folded folded)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        var label = (colon > 0 && colon < 60 ? item[..colon] : item).ToLowerInvariant();
        if (world.InstallationsIn(folded, span.Start, span.Start + (colon > 0 && colon < 60 ? colon : item.Length)).Count > 0 && !label.Contains("fuel", StringComparison.Ordinal))
            return ClauseKind.BasingRights;
        return label switch
        {
            _ when label.Contains("fuel", StringComparison.Ordinal) => ClauseKind.RefuelingRights,
            _ when label.Contains("trade", StringComparison.Ordinal) || label.Contains("tariff", StringComparison.Ordinal) || label.Contains("economic partnership", StringComparison.Ordinal) || label.Contains("free trade", StringComparison.Ordinal) || Regex.IsMatch(label, @"\bdeal\b", RegexOptions.None, TimeSpan.FromSeconds(1)) => ClauseKind.TradeAgreement,
            _ when label.Contains("visit", StringComparison.Ordinal) || label.Contains("delegation", StringComparison.Ordinal) || label.Contains("meeting", StringComparison.Ordinal) => ClauseKind.DelegationVisit,
            _ when label.Contains("protect", StringComparison.Ordinal) => ClauseKind.ProtectingPower,
            _ when label.Contains("invest", StringComparison.Ordinal) || label.Contains("loan", StringComparison.Ordinal) || label.Contains("credit", StringComparison.Ordinal) => ClauseKind.Investment,
            _ when label.Contains("cooperation", StringComparison.Ordinal) => ClauseKind.Cooperation,
            _ when label.Contains("basing", StringComparison.Ordinal) || label.Contains("base", StringComparison.Ordinal) => ClauseKind.BasingRights,
            // "Maritime security:", "Energy:": a label naming a sector answers the cooperation in it.
            _ when colon > 0 && colon < 60 && Sectors.Cooperation(label) is not null => ClauseKind.Cooperation,
            _ => null,
        };
    }
}
