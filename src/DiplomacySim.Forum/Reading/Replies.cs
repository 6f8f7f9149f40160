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
    [GeneratedRegex(@"\b(?:instead|counter[- ]?propos\w*|would (?:rather|instead)|propose instead|would prefer|prefers?|rather than|but (?:only|no more than|at most)|(?:can|could|would) (?:only )?(?:accept|agree to|allow|offer|take) (?:up to|no more than|at most)|only up to|(?:we|but we) (?:can|could) (?:only )?offer|(?:would|could|can) (?:only )?agree to (?:a |an )?(?:\w+ ){0,2}of (?:\d|[A-Z]{2,3}\$?\s?\d)|we (?:would )?propose (?:that|instead)|we (?:would )?propose\b[^.;]{0,40}?\d|(?:could|can|would) (?:only )?(?:agree to|accept|consider)\b[^.;]{0,80}?\d[\d,.]*\s?(?:%|per ?cent|personnel|troops|years?|million|billion))", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Counter();

    [GeneratedRegex(@"\b(?:cannot|can ?not|can['’]t|won['’]t|decline\w*|reject\w*|unable|regrets?|refus\w*|not (?:able|possible|feasible|in a position)|(?:decided|chosen|prefers?) not to|sorry|no(?:pe)?(?=[,!]|\.(?!\s*\d)|\s*$))|(?:^|:\s*)no\b(?!\.\s*\d)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reject();

    [GeneratedRegex(@"\b(?:agree\w*|accept\w*|pleased|content|satisfied|welcomes?|approv\w*|consent\w*|happy to|glad to|delighted|look(?:s|ing)? forward to|yes|yep|sure|ok(?:ay)?|sounds good|let['’]s do (?:it|this)|works for us|fine by us|deal(?=[.!]|\s*$)|granted|concur\w*)\b|👍|✅", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Accept();

    public static List<ImportedResponse> Read(PlainText plain, List<Sentence> sentences, ForumWorld world, Folded folded, IReadOnlyList<Clause>? answering, TermsContext terms)
    {
        var text = plain.Text;
        var responses = new List<ImportedResponse>();
        var items = Items(text, sentences).ToList();
        // A reply in prose answers sentence by sentence: "As to the treaty, Türkiye agrees. It would prefer ten years."
        var prose = items.Count == 0;
        Sentence? lastAnswer = null;
        foreach (var item in prose ? sentences.Where(s => !HeaderReader.IsLabelLine(s.Of(text))) : items)
        {
            var itemText = text[item.Start..item.End];
            var decision = Counter().IsMatch(itemText) ? ReplyDecision.Counter
                : Reject().IsMatch(itemText) ? ReplyDecision.Reject
                : Accept().IsMatch(itemText) ? ReplyDecision.Accept
                : (ReplyDecision?)null;
            var kind = KindAnswered(itemText, item, world, folded, answering);
            // A sentence that counters without naming what goes on from the answer before it, and takes
            // what that one named ("On access to Cam Ranh Base: ... We can accept no more than 300").
            Sentence? goesOnFrom = null;
            if ((kind is null || kind == responses.LastOrDefault()?.Answers) && prose && decision == ReplyDecision.Counter && responses.Count > 0 && responses[^1].Decision != ReplyDecision.Reject)
            {
                kind = responses[^1].Answers;
                goesOnFrom = lastAnswer;
                responses.RemoveAt(responses.Count - 1);
            }
            if (kind is null || decision is null || (prose && answering is not null && !answering.Any(c => c.Kind == kind)))
                continue;
            // In prose, one answer to each clause: a later sentence on the same one says more of it.
            if (prose && decision != ReplyDecision.Counter && responses.Count(r => r.Answers == kind) >= (answering?.Count(c => c.Kind == kind) ?? 1))
                continue;
            Clause? counter = null;
            if (decision == ReplyDecision.Counter)
            {
                // The counter's terms are those said with "instead", and the label saying what it answers:
                // "Meeting: 8 April does not suit us; we would instead propose ... 15 April" is 15 April.
                var at = item.Start + Counter().Match(itemText).Index;
                var from = Math.Max(item.Start, text.LastIndexOfAny(['.', ';', '!', '?'], at - 1, at - item.Start) + 1);
                var colon = LabelEnd(itemText);
                Sentence[] parts = colon > 0 && colon < 60 && item.Start + colon < from ? [item with { End = item.Start + colon }, item with { Start = from }] : [item with { Start = Math.Min(from, item.Start + Math.Max(0, colon)) }];
                if (goesOnFrom is not null && LabelEnd(text[goesOnFrom.Start..goesOnFrom.End]) is > 0 and < 60 and var label)
                    parts = [goesOnFrom with { End = goesOnFrom.Start + label }, .. parts];
                var request = Request.Of(kind.Value, Stance.Request, parts, text);
                counter = Terms.Read(request, terms);
                if (counter is null)
                    decision = ReplyDecision.Reject;
            }
            var index = answering?.Select((c, i) => (c, i)).Where(p => p.c.Kind == kind).Select(p => (int?)p.i).FirstOrDefault();
            // A counter says what changes; what it leaves unsaid stays as the letter asked.
            if (counter is not null && index is { } answered)
                counter = Counters.KeepingUnsaid(counter, answering![answered]);
            var (start, length) = plain.Original(item.Start, item.End);
            responses.Add(new ImportedResponse(kind.Value, index, decision.Value, counter, start, length));
            lastAnswer = item;
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

    // What an item may answer, surest first: by its label ("Refuelling:", "Trade:", "Choir Air Base:")
    // or by what it talks about. A label may fit several kinds ("Border protection and fisheries"
    // names protection and a security sector): the one the answered letter asked for is taken.
    private static ClauseKind? KindAnswered(string item, Sentence span, ForumWorld world, Folded folded, IReadOnlyList<Clause>? answering)
    {
        var candidates = Candidates(item, span, world, folded).Distinct().ToList();
        // "subs: not this year": a label naming none of the kinds may name the answered clause's terms ("submarines").
        if (candidates.Count == 0 && answering is not null)
            candidates = [.. answering.Where(c => NamesTermsOf(item, c)).Select(c => c.Kind)];
        return answering is null ? candidates.Cast<ClauseKind?>().FirstOrDefault()
            : candidates.Where(k => answering.Any(c => c.Kind == k)).Cast<ClauseKind?>().FirstOrDefault() ?? candidates.Cast<ClauseKind?>().FirstOrDefault();
    }

    private static readonly HashSet<string> LabelStopWords = new(StringComparer.Ordinal) { "the", "our", "your", "and", "for", "with", "from", "this", "that", "two" };

    private static bool NamesTermsOf(string item, Clause clause)
    {
        var colon = LabelEnd(item);
        if (colon <= 0 || colon >= 60)
            return false;
        var words = Regex.Split(item[..colon].ToLowerInvariant(), @"[^\p{L}]+", RegexOptions.None, TimeSpan.FromSeconds(1)).Where(w => w.Length >= 3 && !LabelStopWords.Contains(w));
        // The clause's terms and its kind's own words ("statusOfForces" → status, of, forces).
        var terms = Regex.Replace(System.Text.Json.JsonSerializer.Serialize<object>(clause) + " " + clause.Kind + " " + clause.Description, "(?<=[a-z])(?=[A-Z])", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).ToLowerInvariant();
        var termWords = Regex.Split(terms, @"[^\p{L}]+", RegexOptions.None, TimeSpan.FromSeconds(1)).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        // A plural or a clipped word names its term: "subs" for "submarines", "visas" for "visa".
        return words.Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w).Any(w => termWords.Any(t => t.StartsWith(w, StringComparison.Ordinal)));
    }

    private static readonly (string Pattern, ClauseKind Kind)[] LabelWords =
    [
        (@"fuel", ClauseKind.RefuelingRights),
        (@"trade|tariff|economic partnership|free trade|\bdeal\b|export|import", ClauseKind.TradeAgreement),
        (@"visit|delegation|meeting|\bteam\b|\btrip\b|summit|\btalks\b|consultations|envoy", ClauseKind.DelegationVisit),
        (@"protect", ClauseKind.ProtectingPower),
        (@"invest|loan|credit|financ|fund", ClauseKind.Investment),
        (@"cooperation|co-operation", ClauseKind.Cooperation),
        (@"basing|\bbases?\b|garrison|troops|personnel", ClauseKind.BasingRights),
        (@"embass|ambassador|relations|agr[eé]ment|accredit", ClauseKind.DiplomaticRelations),
        (@"status of (?:the |your |our )?(?:forces|personnel|troops)|\bsofa\b|jurisdiction|immunit", ClauseKind.StatusOfForces),
        (@"pact|non-aggression|mutual defen|alliance", ClauseKind.DefencePact),
        (@"overflight|airspace|transit", ClauseKind.OverflightRights),
        (@"intelligence|sigint|humint|\bintel\b|imagery|open-source|intercepts|assessments", ClauseKind.IntelligenceSharing),
        (@"arms|weapons|purchase|\bsale\b|missiles|aircraft|tanks|helicopters|jets|fighters|frigates|submarines|\bboats\b|rifles|howitzers|drones|batteries", ClauseKind.ArmsPurchase),
        (@"visa", ClauseKind.VisaFacilitation),
    ];

    // Where an item's label ends: "Trade:", "(a) BrahMos batteries — India is not ...".
    private static int LabelEnd(string item)
    {
        var colon = item.IndexOf(':', StringComparison.Ordinal);
        var dash = item.IndexOf(" — ", StringComparison.Ordinal) is var d and >= 0 ? d : item.IndexOf(" – ", StringComparison.Ordinal);
        return colon > 0 && (dash < 0 || colon < dash) ? colon : dash;
    }

    private static IEnumerable<ClauseKind> Candidates(string item, Sentence span, ForumWorld world, Folded folded)
    {
        var colon = LabelEnd(item);
        var labelled = colon > 0 && colon < 60;
        var label = (labelled ? item[..colon] : item).ToLowerInvariant();
        if (world.InstallationsIn(folded, span.Start, span.Start + (labelled ? colon : item.Length)).Count > 0 && !label.Contains("fuel", StringComparison.Ordinal))
            yield return ClauseKind.BasingRights;
        foreach (var (pattern, kind) in LabelWords.Select(w => (Match: Regex.Match(label, w.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1)), w.Kind)).Where(w => w.Match.Success).OrderBy(w => w.Match.Index).Select(w => (w.Match, w.Kind)))
            yield return kind;
        // "Maritime security:", "Energy:": a label naming a sector answers the cooperation in it.
        if (labelled && Sectors.Cooperation(label) is not null)
            yield return ClauseKind.Cooperation;
    }
}
