using System.Text.RegularExpressions;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>
/// The forms of the codes a scenario uses. <c>\A</c> and <c>\z</c> rather than <c>^</c> and <c>$</c>:
/// <c>$</c> also matches before a final line break, which would let "rus-vnm-2018\n" through.
/// </summary>
internal static partial class ScenarioPatterns
{
    /// <summary>A game's slug: 3 to 64 lowercase letters, digits and hyphens, not starting or ending with a hyphen.</summary>
    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{1,62}[a-z0-9]\z")]
    public static partial Regex Slug();

    /// <summary>A lowercase code (region, bloc, ruleset name): words of letters and digits joined by hyphens.</summary>
    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z")]
    public static partial Regex Code();

    /// <summary>An opinion's reason: a lowercase code that may also use dots (scenario.baseline).</summary>
    [GeneratedRegex(@"\A[a-z0-9]+([-.][a-z0-9]+)*\z")]
    public static partial Regex Reason();

    /// <summary>A nation code: three capital letters, as in ISO 3166-1 alpha-3 (VNM).</summary>
    [GeneratedRegex(@"\A[A-Z]{3}\z")]
    public static partial Regex NationCode();

    [GeneratedRegex(@"\A[a-z0-9._-]{2,32}\z")]
    public static partial Regex UserName();

    public const int MaxCodeLength = 64;
}
