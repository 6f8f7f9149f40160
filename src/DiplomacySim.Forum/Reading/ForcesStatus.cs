using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// The legal status of forces abroad (a SOFA): whose courts try them, and whether they are spared
/// customs and taxes. Letters ask for it beside basing ("our personnel would remain under our
/// jurisdiction", "exempt from import duties").
/// </summary>
internal static partial class ForcesStatus
{
    [GeneratedRegex(@"\bstatus[- ]of[- ]forces\b|\bvisiting forces (?:agreement|arrangement)s?\b|\blegal (?:position|status) of (?:the |our |its )?(?:detachment|contingent|forces|personnel|troops)\b|\bSOFA\b|\blegal status of (?:our |the |its |\w+ )?(?:forces|personnel|troops|servicemen|service members|contingent)|\b(?:criminal |civil |exclusive |primary |concurrent )?jurisdiction over\b|\b(?:remain|be|stay)\w* (?:subject to|under) (?:the )?(?:exclusive )?(?:\w+ )?(?:jurisdiction|military (?:law|justice|courts))|\bimmunit\w* from (?:local |criminal |civil )?(?:jurisdiction|prosecution|courts)|\b(?:customs|tax(?:ation)?|duty) exemptions?\b|\bexempt\w* from (?:all )?(?:customs|tax\w*|import duties|duties|local tax\w*)|\bfree of (?:customs|import) duties\b|\bduty-free (?:import|entry)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\b(?:shared|concurrent|joint) (?:criminal )?jurisdiction|jurisdiction (?:over (?:\w+ ){1,3})?(?:would be |is to be |will be |be )?shared", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shared();

    [GeneratedRegex(@"\b(?:receiving|host|local) (?:state|nation|country)['’]?s? (?:courts|jurisdiction|law)|\b(?:your|local|\w+ian|\w+ese) courts\b|\bjurisdiction of the (?:receiving|host)|\bsubject to (?:local|your|\w+ian|\w+ese) law", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Receiving();

    [GeneratedRegex(@"\bcustoms\b|\bduties\b|\bduty-free\b|\bimport dut", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Customs();

    [GeneratedRegex(@"\btax\w*", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tax();

    public static Match Find(string sentence) => Topic().Match(sentence);

    [GeneratedRegex(@"\bexempt\w* from\b|\b(?:customs|import) dut|\bduty-free\b|\b(?:income )?tax(?:es|ation)?\b|\bjurisdiction\b|\bcourts?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatusWords();

    /// <summary>True when a sentence speaks of the forces' exemptions or courts: more of an open status-of-forces request.</summary>
    public static bool SpeaksOf(string sentence) => StatusWords().IsMatch(sentence);

    public static StatusOfForcesClause Read(Request request)
    {
        var text = request.Text;
        // Who asks for a status of forces asks for its own courts unless it says otherwise.
        var jurisdiction = Shared().IsMatch(text) ? Jurisdiction.Shared : Receiving().IsMatch(text) ? Jurisdiction.ReceivingState : Jurisdiction.SendingState;
        // "exempt from customs duties and liable to taxes": a charge the forces pay is no exemption.
        return new StatusOfForcesClause(jurisdiction, Customs().IsMatch(text) && !Pays("customs|duties", text), Tax().IsMatch(text) && !Pays("tax\\w*", text), null);
    }

    private static bool Pays(string charge, string text) =>
        Regex.IsMatch(text, $@"\b(?:liable|subject) to (?:\w+ )?(?:{charge})|\bpay\w* (?:\w+ )?(?:{charge})|\bnot (?:be )?exempt\w* from (?:\w+ )?(?:{charge})", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
