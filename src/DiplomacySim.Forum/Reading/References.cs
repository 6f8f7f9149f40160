using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// Which open request a sentence speaks of. By reference first: "these bases", "that number",
/// "the delegation", "this arrangement"; then by topic: a kind the sentence names, personnel
/// numbers and capabilities (basing), a date (a visit). A sentence that speaks of nothing open adds nothing.
/// </summary>
internal static partial class References
{
    [GeneratedRegex(@"\b(?:th(?:is|at|ese|ose)|the|such|said) (?:numbers?|figures?|ceilings?|caps?|limits?|bases|base|installations?|facilit(?:y|ies)|detachments?|contingents?|garrisons?|deployments?|presence|personnel|troops|forces|hub)\b|\b(?:our|\w+an|\w+ese|\w+ish) (?:personnel|troops|servicemen|service members|soldiers|sailors|airmen|marines)\b|\b(?:sigint|elint|signals intelligence|electronic intelligence)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Basing();

    [GeneratedRegex(@"\b(?:receive|welcome|host|meet|accept|consider|support|approve|grant)\s+(?:him|her|them|it|this|these|those)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^\W*(?:term|duration|period|length|validity)\s*:", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TermLabel();

    [GeneratedRegex(@"\b(?:naval presence|logistics?|air operations|maintenance|resupply|signals intelligence)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Uses();

    [GeneratedRegex(@"\b(?:th(?:is|at|e)|our|such a|said) (?:meeting|visit|delegation|trip|summit|journey)\b|\ban appropriate (?:time|date)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\b(?:th(?:is|at)|the|such an?|said) (?:arrangement|mandate|request|proposal|agreement|undertaking|matter)\b(?! (?:of|that|for)\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Latest();

    // Words that promise more of an open request without naming its kind: "also", "in addition to".
    [GeneratedRegex(@"\b(?:also|further|additionally|in addition|as well|moreover|these|those|this|the same)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Continuing();

    /// <summary>The request a sentence that asks for nothing new adds its terms to, or null.</summary>
    public static OpenRequest? Target(string sentence, Sentence part, List<(ClauseKind Kind, int At)> topics, List<OpenRequest> open, TermsContext context)
    {
        if (open.Count == 0)
            return null;
        OpenRequest? Last(ClauseKind kind) => open.LastOrDefault(t => t.Kind == kind);
        if (Basing().IsMatch(sentence) || Personnel.Mentions(sentence))
            return Last(ClauseKind.BasingRights) ?? TopicOf(topics, open);
        // "We would be grateful if the Ministry could receive him": a pronoun asks more of the request just before.
        if (topics.Count == 0 && Pronoun().IsMatch(sentence))
            return open[^1];
        // "Term: 49 years", "Duration: ten years": a labelled line of the request just before.
        if (topics.Count == 0 && TermLabel().IsMatch(sentence))
            return open[^1];
        // "Purpose: naval presence and logistics": what a base asked for just before is used for.
        if (topics.Count == 0 && Uses().IsMatch(sentence) && open[^1].Kind == ClauseKind.BasingRights)
            return open[^1];
        if (Overflight.SpeaksOf(sentence) && Last(ClauseKind.OverflightRights) is { } overflight)
            return overflight;
        // "..., and that they be exempt from customs duties": the exemptions of the status asked for just before.
        if (ForcesStatus.SpeaksOf(sentence) && open[^1].Kind == ClauseKind.StatusOfForces)
            return open[^1];
        if (Visit().IsMatch(sentence))
            return Last(ClauseKind.DelegationVisit) ?? TopicOf(topics, open);
        return TopicOf(topics, open) ?? (Latest().IsMatch(sentence) ? open[^1] : null);
    }

    private static OpenRequest? TopicOf(List<(ClauseKind Kind, int At)> topics, List<OpenRequest> open) =>
        topics.Select(t => open.LastOrDefault(o => o.Kind == t.Kind)).FirstOrDefault(o => o is not null);

    /// <summary>
    /// True when a sentence that asks for <paramref name="open"/>'s kind again adds to it rather than
    /// asking for a second one: it refers back ("develop these bases"), or names nothing that would
    /// make a second clause (no other installation, no other host state, no other amount).
    /// </summary>
    public static bool AddsTo(OpenRequest open, string sentence, Sentence part, TermsContext context)
    {
        var newPlace = context.World.InstallationsIn(context.Folded, part.Start, part.End).Exists(i => !open.Places.Contains(i.Installation.Id));
        return open.Kind switch
        {
            ClauseKind.BasingRights or ClauseKind.RefuelingRights => !newPlace || open.Places.Count == 0 || (Basing().IsMatch(sentence) && Continuing().IsMatch(sentence)),
            ClauseKind.ProtectingPower => !NamesNewNation(open, part, context),
            ClauseKind.Investment => !Money.In(sentence) || !open.HasMoney,
            // "9. relations ... 10. an embassy ... 11. an ambassador": each step is a request of its own
            // (compared with the sentence that opened it, so that the cost stays the same however long it grows).
            ClauseKind.DiplomaticRelations => Relations.ActionOf(sentence) == Relations.ActionOf(open.Parts[0].Of(context.Text)),
            ClauseKind.DefencePact => Pacts.TypeOf(sentence) == Pacts.TypeOf(open.Parts[0].Of(context.Text)),
            ClauseKind.Cooperation => Sectors.Cooperation(sentence) == Sectors.Cooperation(open.Parts[0].Of(context.Text)),
            _ => true,
        };
    }

    private static bool NamesNewNation(OpenRequest open, Sentence part, TermsContext context)
    {
        var parties = new[] { context.Requester?.Code, context.Grantor?.Code };
        return context.World.NationsIn(context.Folded, part.Start, part.End).Select(n => n.Nation.Code).Any(c => !parties.Contains(c) && !open.Nations.Contains(c));
    }
}
