using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// Overflight and transit clearance: which aircraft (military, civil or both) cross the grantor's
/// airspace, along which corridor, and how many hours' notice each flight is announced with.
/// </summary>
internal static partial class Overflight
{
    [GeneratedRegex(@"\boverflights?\b|\bover-?fly\w*|\boverflown\b|\bairspace\b|\b(?:transit|flight|diplomatic|overflight) clearances?\b|\bfly (?:over|through|across) (?:your|its|the|\w+n|\w+ese) (?:territory|country|airspace)|\bair corridors?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\b(?:military|air force|airforce|bombers?|fighters?|transports?|tankers?|airlifters?|reconnaissance|patrol aircraft|warplanes?|state aircraft|(?:c|kc|il|an|a|p|e|f|su|tu|mig)-\d{1,3}\w*)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MilitaryAircraft();

    [GeneratedRegex(@"\b(?:civil\w*|commercial|airlines?|passenger|charter|cargo flights|carriers?)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CivilAircraft();

    // "along the Gulf of Thailand corridor", "through the northern corridor", "via the Andaman route".
    [GeneratedRegex(@"\b(?:along|through|via|using|in|over) (?<corridor>(?:the )?(?:[\p{L}-]+ ){0,4}(?:corridor|route|air route|airway))\b|\b(?<corridor>corridor [A-Z0-9-]{1,10})\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Corridor();

    // "over the Luzon Strait", "across the Manila Flight Information Region", "over Guam and the Northern
    // Marianas": a named place the flights cross (capitalised words), when no corridor is named as such.
    [GeneratedRegex(@"\b(?i:over|above|through|across|cross|crossing|via|along|within|into|in) (?:(?i:the) )?(?<place>\p{Lu}[\p{L}-]+(?: (?:\p{Lu}[\p{L}-]+|of|and the|and)){0,5})", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedPlace();

    // Words of a corridor's own name that the term leaves out ("the Timor Sea corridor" is Timor Sea).
    [GeneratedRegex(@"^(?i:the )|(?i: (?:air )?(?:corridor|route|airway|airspace))$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CorridorWords();

    // "48 hours' notice", "notice of 72 hours", "at least 24 hours in advance", "five days ahead".
    [GeneratedRegex(@"(?:\b(?<n>\d{1,3})\)?[- ]?|\b(?<n>[a-z]+(?:-[a-z]+)?)[- ])(?<unit>hours?|hrs?|h|days?|weeks?)['’]?(?: (?:advance|prior))? (?:notice|notification|in advance|ahead|beforehand|before)|notice of (?:at least )?(?<n>\d{1,3}|[a-z]+) (?<unit>hours?|days?)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Notice();

    [GeneratedRegex(@"\b(?:clearance|cross(?:es|ing)?|fly\w* (?:over|through|across|past))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Crossing();

    [GeneratedRegex(@"\b(?:aircraft|planes?|jets?|bombers?|fighters?|flights?|transports?|airliners?|helicopters?|drones?)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Flying();

    // "if your bombers keep flying past our coast please ask for clearance": crossing words said of aircraft.
    public static Match Find(string sentence) => Topic().Match(sentence) is { Success: true } topic ? topic : Flying().IsMatch(sentence) ? Crossing().Match(sentence) : Match.Empty;

    /// <summary>True when a sentence speaks of flights' notice or the airspace: more of an overflight request.</summary>
    public static bool SpeaksOf(string sentence) => NoticeWords().IsMatch(sentence);

    [GeneratedRegex(@"\bnotice of each flight\b|\b(?:each|every) flight\b|\bflight plans?\b|\b\d{1,3}\s?(?:hours?|h|hrs)['’]? (?:advance )?notice\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoticeWords();

    public static OverflightRightsClause Read(Request request)
    {
        var text = request.Text;
        var (military, civil) = (MilitaryAircraft().IsMatch(text), CivilAircraft().IsMatch(text));
        var aircraft = military && civil ? AircraftCategory.Both : civil ? AircraftCategory.Civil : AircraftCategory.Military;
        var corridor = Corridor().Match(text) is { Success: true } c ? Named(c.Groups["corridor"].Value.Trim()) : PlaceCrossed(text);
        var hours = 0;
        if (Notice().Match(text) is { Success: true } notice && Numbers.In(notice.Groups["n"].Value, 0, notice.Groups["n"].Value.Length).FirstOrDefault() is { } n)
        {
            var unit = notice.Groups["unit"].Value.ToLowerInvariant();
            hours = (int)n.Value * (unit.StartsWith("week", StringComparison.Ordinal) ? 168 : unit.StartsWith("day", StringComparison.Ordinal) ? 24 : 1);
        }
        return new OverflightRightsClause(aircraft, corridor, hours);
    }

    // "the Timor Sea corridor" is Timor Sea; "the northern corridor" names no place and stays as said.
    private static string Named(string corridor) =>
        CorridorWords().Replace(corridor, "") is { Length: > 0 } name && char.IsUpper(name[0]) ? name : corridor;

    // The first named place after the request's airspace words that is not the grantor's airspace itself ("Philippine airspace").
    private static string PlaceCrossed(string text)
    {
        var topic = Topic().Match(text);
        foreach (Match place in NamedPlace().Matches(text, topic.Success ? topic.Index : 0))
        {
            var name = CorridorWords().Replace(place.Groups["place"].Value.Trim(), "");
            var words = name.Split(' ');
            // "Indonesian airspace", "the Australian mainland": one capitalised word before a noun is an adjective, not a place.
            var next = text.AsSpan(place.Index + place.Length);
            var owned = words.Length == 1 && next.Length > 1 && next[0] == ' ' && char.IsLower(next[1]);
            if (words.Length > 0 && !owned && words[^1] is not ("and" or "of"))
                return name;
        }
        return "";
    }
}
