using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>A pact between the two: not to attack one another, or to defend one another; for how many years.</summary>
internal static partial class Pacts
{
    [GeneratedRegex(@"\bnon-?aggression\b|(?-i:\bNAP\b|\bMDP\b)|\bdefensive (?:pact|treaty|agreement)\b|\bmutual (?:defen[cs]e|assistance|security)\b|\bdefen[cs]e (?:pact|treaty|alliance|guarantee)s?\b|\b(?:military |defensive )?alliance\b|\b(?:become|be|as) (?:an? )?(?:allies|ally)\b|\bcollective (?:defen[cs]e|self-defen[cs]e)\b|\bcome to (?:each other['’]s|the other['’]s|(?:our|your|its) (?:aid|defen[cs]e)) |\b(?:an )?attack on (?:either|one|any)(?: of us| party| side)? (?:shall|will|would) be (?:treated|considered|regarded|deemed)|\b(?:refrain|abstain) from (?:the (?:use|threat) of )?(?:force|attack\w*|aggression|hostilities)|\bnot to (?:attack|use force against|take up arms against)|\bneither (?:side|party|state|country|nation)\b[^.;]{0,30}?\b(?:use force|attack|take up arms)|\bnon-use of force\b|\bnever (?:to )?(?:attack|take up arms against)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\bnon-?aggression\b|(?-i:\bNAP\b)|\b(?:refrain|abstain) from\b|\bnot to (?:attack|use force|take up arms)|\bneither (?:side|party|state|country|nation)\b|\bnon-use of force\b|\bnever (?:to )?(?:attack|take up arms)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NonAggression();

    [GeneratedRegex(@"\bmutual (?:defen[cs]e|assistance|security)\b|\bdefen[cs]e (?:pact|treaty|alliance|guarantee)|\balliance\b|\ball(?:y|ies)\b|(?-i:\bMDP\b)|\bdefensive\b|\bcollective\b|\bcome to\b|\battack on\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Defence();

    public static Match Find(string sentence) => Topic().Match(sentence);

    /// <summary>Not to attack one another, or to defend one another: whichever the text says first.</summary>
    public static PactType TypeOf(string text) =>
        NonAggression().IsMatch(text) && !Defence().IsMatch(text) ? PactType.NonAggression
        : NonAggression().Match(text) is { Success: true } calm && Defence().Match(text) is { Success: true } arm && calm.Index < arm.Index ? PactType.NonAggression
        : Defence().IsMatch(text) ? PactType.MutualDefence : PactType.NonAggression;

    public static DefencePactClause Read(Request request)
    {
        var text = request.Text;
        var type = TypeOf(text);
        // "a defence pact, mutual defence, 15 years": a chat's bare term.
        var years = Terms.YearsIn(text) ?? (BareYears().Match(text) is { Success: true } bare && Numbers.In(bare.Value, 0, bare.Value.Length).FirstOrDefault() is { } n ? (int)n.Value : null);
        return new DefencePactClause(type, years);
    }

    [GeneratedRegex(@"\b(?:\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|fifty|ninety-nine)[- ]?(?:years?|yrs?)\b(?! ago| old| since)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareYears();
}
