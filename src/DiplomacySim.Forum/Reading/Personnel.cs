using System.Text.RegularExpressions;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// Personnel caps in prose: a number of people ("under 5,000 Russian personnel", "five thousand
/// troops"), a number said for peacetime ("5,000 in peacetime"), or one said for an emergency ("that
/// number can be bolstered to 25,000 during times of heightened emergency"). Dates, years, hours and
/// counts of ships or aircraft are not caps.
/// </summary>
internal static partial class Personnel
{
    [GeneratedRegex(@"^[\s,]*(?:[\p{L}.-]+\s+){0,3}?(?:personnel|troops|soldiers|servicemen|servicewomen|service ?members|sailors|airmen|marines|staff|men|women|military advisers|advisers|advisors|guards|officers|instructors|strong)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex People();

    // "a training team of two hundred", "a contingent of up to 500": the people are named before the number.
    // "the number of American personnel at the base in ordinary times not exceed 600": a limit said of people named before it.
    [GeneratedRegex(@"\b(?:team|contingent|detachment|force|unit|garrison|mission|group|complement|battalion|presence) of (?:up to |about |around |some |no more than |not more than |a maximum of )?$|\b(?:personnel|troops|soldiers|sailors|airmen|marines|servicemen)\b[^.;]{0,60}?\b(?:not exceed|no more than|not more than|capped at|limited to|at most|a maximum of|a ceiling of)\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeopleBefore();

    // "Personnel, normal: not more than 300" (a table row): the cap said for ordinary times.
    [GeneratedRegex(@"\b(?:personnel|troops|numbers?|strength)\W+(?:in )?(?:normal|ordinary|peacetime|routine|standing)(?: times)?\W*(?:(?:not|no) more than\W*|up to\W*|at most\W*)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeacetimeLabel();

    [GeneratedRegex(@"^\s*(?:in peacetime|in times of peace|in ordinary times|in normal times|at ordinary times|at all other times|permanently)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Peacetime();

    [GeneratedRegex(@"(?:emergenc\w*|crisis|rising to|rise to|surge to|surging to|wartime|increas\w* to|bolster\w* to|rais\w* to|expand\w* to|grow\w* to|reinforced to|augmented to)\W*(?:up to\W*|as many as\W*|(?:not|no) more than\W*|at most\W*)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmergencyBefore();

    [GeneratedRegex(@"^\s*(?:\S+\s+){0,2}?(?:in|should|during|for|at|if|when|whenever)\s+(?:an?\s+|the\s+|times\s+of\s+|time\s+of\s+|case\s+of\s+)?(?:\w+\s+)?(?:emergenc|crisis|crises|war|conflict|contingenc|heightened|heat|escalat|deteriorat|worsen|tension|hostilit|attack)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmergencyAfter();

    [GeneratedRegex(@"^\s*(?:[\p{L}\d-]+\s+){0,3}?(?:hours?|days?|weeks?|months?|years?|%|per ?cent|km|kilometres?|kilometers?|miles|nautical|ships?|vessels?|frigates?|destroyers?|submarines?|corvettes?|aircraft|planes|jets|fighters|helicopters|tankers|bombers|tons?|tonnes?|million|billion|dollars|euros|january|february|march|april|may|june|july|august|september|october|november|december|members|delegates|persons|people)\b|^\s*(?:st|nd|rd|th)\b|^['’]s\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotPeople();

    [GeneratedRegex(@"(?:january|february|march|april|may|june|july|august|september|october|november|december|\bin|\bsince|\bof|\buntil|\bby|\bfrom|\$|€|£|USD|EUR)\W*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateOrMoneyBefore();

    // "During a crisis in the region we would ask that up to 5,000 be allowed": the whole sentence is said for an emergency.
    [GeneratedRegex(@"^\W*(?:in|during|should|if|when|whenever|in the event of|in times? of|in case of)\b[^,;]{0,60}?\b(?:emergenc\w*|crisis|crises|war|conflict|contingenc\w*|disaster)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmergencySentence();

    /// <summary>True when the sentence counts people: a basing request's personnel, wherever it is said.</summary>
    public static bool Mentions(string sentence) => Caps(sentence, 0, sentence.Length).Exists(c => c.Said || c.Emergency);

    /// <summary>The personnel numbers in [from, to), each with whether a number of people was said and whether it is an emergency cap.</summary>
    public static List<(FoundNumber Number, bool Said, bool Emergency)> Caps(string text, int from, int to)
    {
        var caps = new List<(FoundNumber, bool, bool)>();
        var forEmergency = EmergencySentence().IsMatch(text.AsSpan(from, Math.Min(to - from, 120)).ToString());
        foreach (var n in Numbers.In(text, from, to))
        {
            var after = text[(n.At + n.Length)..Math.Min(to, n.At + n.Length + 60)];
            var before = text[Math.Max(from, n.At - 30)..n.At];
            if (n.Value < 1 || NotPeople().IsMatch(after) || (n.Value is >= 1900 and <= 2100 && DateOrMoneyBefore().IsMatch(before)) || Regex.IsMatch(before, @"(?:\$|€|£|USD|EUR)\s*$", RegexOptions.None, TimeSpan.FromSeconds(1)))
                continue;
            var said = People().IsMatch(after) || PeacetimeLabel().IsMatch(before) || PeopleBefore().IsMatch(text.AsSpan(Math.Max(from, n.At - 100), n.At - Math.Max(from, n.At - 100)));
            var emergency = forEmergency || EmergencyBefore().IsMatch(before) || EmergencyAfter().IsMatch(after);
            if (said || emergency || Peacetime().IsMatch(after))
                caps.Add((n, said, emergency));
        }
        return caps;
    }
}
