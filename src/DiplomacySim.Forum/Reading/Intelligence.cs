using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// Intelligence sharing: to share or exchange intelligence, of which disciplines, at which level.
/// A listening post at a base is basing (a capability), not sharing: only words of sharing make it.
/// </summary>
internal static partial class Intelligence
{
    // "provide the People's Navy with the imagery our aircraft collect", "swapping threat data", "a channel for cyber intelligence".
    [GeneratedRegex(@"\b(?:shar\w*|exchang\w*|pool\w*|provid\w*|pass\w* on|giv\w*|swap\w*|suppl\w*)\b[^.;?!]{0,60}?\b(?:intelligence|intel|sigint|humint|imint|osint|imagery|satellites?|surveillance data|open-source analysis|human[- ]source (?:reporting|reports|intelligence)|threat (?:data|information|intelligence|assessments)|(?:maritime|threat|intelligence) assessments)\b|\b(?:channel|arrangement|mechanism|framework|link)s? (?:for|of) (?:\w+ ){0,2}(?:intelligence|intel)\b|\bintelligence[- ](?:sharing|exchange|cooperation|partnership|agreement)\b|\bintel[- ]sharing\b|\b(?:intelligence|intel) (?:on|about) (?:\w+ ){0,4}(?:shared|passed)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    private static readonly (Regex Pattern, IntelligenceDomain Domain)[] Disciplines =
    [
        (new(@"\bsigint\b|\bsignals?\b|\bintercept\w*|communications intelligence|\belint\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), IntelligenceDomain.Sigint),
        (new(@"\bhumint\b|human (?:intelligence|sources)|human[- ]source|\bsources on the ground\b|\binformants?\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), IntelligenceDomain.Humint),
        (new(@"\bimint\b|\bimagery\b|satellite (?:images|photos|pictures|data)|\bsatellites\b|reconnaissance (?:images|photos|photographs)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), IntelligenceDomain.Imint),
        (new(@"\bosint\b|open[- ]source", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), IntelligenceDomain.Osint),
        (new(@"\bcyber\w*|\bmalware\b|\bhack\w*|threat indicators|network intrusions?", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), IntelligenceDomain.Cyber),
    ];

    [GeneratedRegex(@"\b(?<level>raw (?:\w+ )?(?:feeds?|data|intelligence|intercepts|reporting|reports)|real-time (?:\w+ )?(?:feeds?|data)|(?:assessed|finished|summary|analytical) (?:\w+ )?(?:reports?|assessments?|intelligence)|(?:weekly|daily|monthly) (?:\w+ )?(?:reports?|summaries|briefings?|assessments?))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Level();

    public static Match Find(string sentence) => Topic().Match(sentence);

    public static IntelligenceSharingClause Read(Request request)
    {
        var text = request.Text;
        var domains = Disciplines.Select(d => (Match: d.Pattern.Match(text), d.Domain)).Where(d => d.Match.Success).OrderBy(d => d.Match.Index).Select(d => d.Domain).Distinct().ToList();
        var level = Level().Match(text) is { Success: true } l ? l.Groups["level"].Value.ToLowerInvariant() : "";
        return new IntelligenceSharingClause(domains, level);
    }
}
