using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// What a sentence speaks of: each kind of clause it names, where it first names it. A sentence that
/// asks may name several ("access to the base and a trade agreement"), each a request of its own.
/// Words that only sound like a kind are not it: a "trade delegation" is a visit, "cooperation"
/// with no sector is courtesy, a "Ministry of Trade" is a sender.
/// </summary>
internal static partial class Topics
{
    [GeneratedRegex(@"protecting power|protected power status|\b(?:protect\w*|look\w* after|take (?:care|charge) of|tak\w* charge of|assum\w* (?:responsibility|charge) for|watch\w* over|safeguard\w*|handl\w*) (?:of )?(?:our |its |the |\w+'s |\w+’s )?(?:\w+ ){0,4}interests|represent\w* (?:of )?(?:the |our |its )?(?:\w+ ){0,4}interests|\b(?:interests|affairs|nationals|citizens|premises|property|buildings|archives)\b[^.;]{0,40}\bunder (?:its|your|their) protection|interests section|act on (?:our|its) behalf in", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProtectingPower();

    [GeneratedRegex(@"\b(?:refuel\w*|re-fuel\w*|fuel(?! (?:farms?|depots?|storage|tanks?|terminals?|infrastructure|prices?|costs?|subsid\w*|efficien\w*))|bunkering|take on fuel|replenish\w*|gas (?:stop|up))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Refueling();

    [GeneratedRegex(@"\btariffs?\b|\b(?:cut|lower|reduc|remov|abolish|eliminat|waiv)\w* (?:\w+ ){0,3}?(?:customs |import |export )?(?:duties|levies)\b|\b(?:trade|trading|commercial|economic partnership|customs) (?:agreement|deal|treaty|pact|accord|ties|relations|union|arrangement|partnership)s?\b|\bfree[- ]trade\b|\btrade in \w|\b(?:exports?|imports?) (?:of|quotas?)\b|\btrade ties\b|\bnegotiations? (?:on|for|towards?) (?:a |an )?(?:trade|commerc|economic|free)|\bmarket access\b|\b(?:deal|agreement|contract|arrangement)s? (?:on|for|covering) (?:the )?(?:supply of |sale of |purchase of |exports? of |imports? of )?(?:\w+ ){0,2}(?:oil|gas|lng|grain|wheat|rice|coal|steel|beef|coffee|cocoa|fish|textiles?|electronics|goods|exports|imports|commodities|minerals|timber)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Trade();

    [GeneratedRegex(@"\binvest(?:s|ed|ing|ment|ments)?\b|\b(?:put|pour|inject|channel|commit)\w* (?:up |in )?(?:(?-i:[A-Z]{3}) ?\d|US\$|\$|€|£|¥|\d)[^;]{0,40}?\b(?:into|in)\b|\bfinanc(?:e|ing) (?:the |a |an )?(?:[\p{L}–-]+ ){0,4}(?:line|railway|project|port|plant|refinery|pipeline|bridge|airport|highway|dam|terminal)\b|\b(?:loans?|credit line|line of credit|concessional credit)\b|(?:USD|US\$|EUR|\$|€|£|¥)\s?\d[\d.,]*\s*(?:m|bn|k|million|billion)?\s+(?:\w+\s+){0,2}(?:package|fund|grant|facility)\b|\bfinanc(?:e|ing) (?:of |for )?(?:the )?(?:construction|building|development)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Investment();

    [GeneratedRegex(@"\b(?:delegations?(?! (?:are|is|were|was|have|has)\b)|(?<!\b(?:tourists|travell?ers|students|citizens|nationals|people|anyone|those|visitors) )visit(?:s|ing)?(?! forces)|state visit|summit|meeting|talks in|talks\b[^.;?!]{0,40}? in (?-i:[A-Z]\p{L}*)|round of talks|talks (?:be |will be |could be )?held|consultations in|be held in|invit(?:e|es|ed|ing|ation)\b[^.;]{0,60}?\bto (?:visit|come|our capital|[A-Z])|travel to|(?-i:come to [A-Z]\p{L}*)|(?:lands?|landing|arriv\w*) in (?-i:[A-Z]\p{L}*)|fl(?:y|ies|ying) (?:in)?to (?-i:[A-Z]\p{L}*)|be in [A-Z][\p{L}]+ at your|\bsend\b[^.;?!]{0,60}?\b(?:team|delegation|minister|envoy|secretary|officials|representatives?|ambassador|president|director|experts)\b[^.;?!]{0,40}?\bto (?-i:[A-Z]\p{L}*)|\bcall(?:s|ing)? on (?:you|your|the|his|her|minister|president|secretary)|\bpay (?:a|an) (?:\w+ )?(?:call|visit)|\bwelcome you (?:to|in) (?-i:[A-Z]\p{L}*)|(?:receive|host|welcome) (?:your|a|our|the) (?:\w+ ){0,2}(?:delegation|minister|envoy|president|secretary))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Visit();

    [GeneratedRegex(@"\bbasing\b|\b(?:these|those|the|our|such) bases\b|\b(?:military|naval|air) (?:facility|facilities|presence) (?:in|at|on)\b|\bstation(?:ing)? (?:of )?(?:troops|forces|personnel|a detachment)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Basing();

    [GeneratedRegex(@"\b(?:use of|access to|access at|host\w*|station\w*|deploy\w*|detachment|personnel|troops|forces|rotat\w*|presence|garrison\w*|lease|berth\w*|dock\w*|moor\w*|sailors|airmen|marines|soldiers|accommodat\w*)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BasingAtNamedPlace();

    [GeneratedRegex(@"\b(?:base|bases|naval station|airfield|air station|port)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnyPlace();

    [GeneratedRegex(@"\b(?:personnel|troops|forces|detachment|soldiers|garrison|sailors|airmen|marines)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnyForces();

    [GeneratedRegex(@"\b(?:co-?operation|cooperate|collaborat\w*|partnership(?! agreement)|joint (?:exercises?|patrols?|research|venture|study|training)|working group)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cooperation();

    // Words that name another kind's place or people, not a request of that kind.
    [GeneratedRegex(@"\b(?:trade|commercial|business) (?:delegation|mission|envoy|representatives?)|\b(?:ministry|minister|department|secretary|office)(?: (?:of|for))?(?: [\p{L}]+){0,4} (?:and )?(?:trade|commerce)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotTrade();

    [GeneratedRegex(@"^\W*(?:bases?|installations?|facilit(?:y|ies)|sites?|locations?)\s*:", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BaseLabel();

    /// <summary>The kinds <paramref name="sentence"/> speaks of, in the order it names them.</summary>
    public static List<(ClauseKind Kind, int At)> In(string sentence, Sentence span, ForumWorld world, Folded folded)
    {
        var found = new List<(ClauseKind Kind, int At)>();
        void Add(ClauseKind kind, Match match)
        {
            if (match.Success)
                found.Add((kind, match.Index));
        }
        Add(ClauseKind.ProtectingPower, ProtectingPower().Match(sentence));
        Add(ClauseKind.RefuelingRights, Refueling().Match(sentence));
        // A trade word inside a ministry's name or a "trade delegation" is not a request for trade.
        var notTrade = NotTrade().Matches(sentence);
        if (Trade().Matches(sentence).FirstOrDefault(t => !notTrade.Any(n => t.Index < n.Index + n.Length && n.Index < t.Index + t.Length)) is { } trade)
            found.Add((ClauseKind.TradeAgreement, trade.Index));
        var arms = Arms.Find(sentence);
        Add(ClauseKind.ArmsPurchase, arms);
        // "an arms package worth USD 300 million" is a price, not an investment.
        if (Investment().Match(sentence) is { Success: true } investment && (!arms.Success || investment.Value.StartsWith("invest", StringComparison.OrdinalIgnoreCase)))
            found.Add((ClauseKind.Investment, investment.Index));
        Add(ClauseKind.DiplomaticRelations, Relations.Find(sentence));
        var status = ForcesStatus.Find(sentence);
        Add(ClauseKind.StatusOfForces, status);
        Add(ClauseKind.DefencePact, Pacts.Find(sentence));
        Add(ClauseKind.OverflightRights, Overflight.Find(sentence));
        Add(ClauseKind.IntelligenceSharing, Intelligence.Find(sentence));
        Add(ClauseKind.VisaFacilitation, Visas.Find(sentence));
        Add(ClauseKind.DelegationVisit, Visit().Match(sentence));
        var installations = world.InstallationsIn(folded, span.Start, span.End);
        // Refuelling at a base is not basing at it: only words of basing itself make both.
        var refuels = found.Exists(f => f.Kind == ClauseKind.RefuelingRights);
        // "Base: Cam Ranh Base, piers and the old airfield": a labelled item naming a base asks for it.
        if (installations.Count > 0 && BaseLabel().IsMatch(sentence) && !refuels)
            found.Add((ClauseKind.BasingRights, 0));
        else if (Basing().Match(sentence) is { Success: true } basing && (!refuels || basing.Value.StartsWith("basing", StringComparison.OrdinalIgnoreCase)))
            found.Add((ClauseKind.BasingRights, basing.Index));
        // The status of forces speaks of forces at a base without asking for the base again.
        else if (installations.Count > 0 && BasingAtNamedPlace().IsMatch(sentence) && !refuels && !status.Success)
            found.Add((ClauseKind.BasingRights, installations[0].At - span.Start));
        // A base the game does not know, asked for with forces: a basing request whose place is listed as unresolved.
        else if (AnyPlace().Match(sentence) is { Success: true } place && AnyForces().IsMatch(sentence) && !refuels && !status.Success)
            found.Add((ClauseKind.BasingRights, place.Index));
        if (Cooperation().Match(sentence) is { Success: true } cooperation && Sectors.Cooperation(sentence) is not null)
            found.Add((ClauseKind.Cooperation, cooperation.Index));
        return [.. found.OrderBy(f => f.At)];
    }
}
