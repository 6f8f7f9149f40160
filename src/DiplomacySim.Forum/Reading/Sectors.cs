using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>The sectors letters name: of a cooperation (the game's five) and of a trade agreement (goods).</summary>
internal static class Sectors
{
    private static readonly (Regex Pattern, CooperationSector Sector)[] CooperationWords =
    [
        (new(@"\b(?:energy|gas|(?<!palm )oil|pipelines?|power grids?|nuclear|electricity|hydrocarbons?|renewables?)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CooperationSector.Energy),
        (new(@"\b(?:defen[cs]e|military|armed forces|naval|army|arms)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CooperationSector.Defense),
        (new(@"\b(?:security|terror\w*|police|policing|border|cyber\w*|piracy|smuggling|coast guard)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CooperationSector.Security),
        (new(@"\b(?:industr\w*|manufactur\w*|shipbuilding|factories)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CooperationSector.Industrial),
        (new(@"\b(?:cultur\w*|education\w*|academic|students?|universit\w*|tourism|sports?|arts?|scien\w*|heritage|language)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), CooperationSector.Cultural),
    ];

    private static readonly (Regex Pattern, string Sector)[] TradeWords =
    [
        (new(@"\b(?:grain|wheat|rice|agricultur\w*|food\w*|fruits?|maize|corn|soy\w*|coffee|fish\w*|seafood|cocoa|palm oil|bananas?|mangoes|tea|sugar|beef|rubber|poultry|meat|dairy|cashew\w*|nuts|livestock|cotton(?! (?:textiles?|goods|garments|fabrics?|yarn))|durians?|pineapples?|avocados?|spices|pepper|vanilla)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "agriculture"),
        (new(@"\b(?:coal|(?<!palm )oil|gas|energy|petroleum|lng|electricity|hydrogen|ethanol|biofuels?)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "energy"),
        (new(@"\bpharmaceutic\w*|\bmedicines?\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "pharmaceuticals"),
        (new(@"\b(?:steel|metals?|aluminium|aluminum|copper)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "metals"),
        (new(@"\btextiles?\b|\bgarments?\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "textiles"),
        (new(@"\b(?:electronics?|semiconductors?)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "electronics"),
        (new(@"\b(?:machinery|machines|machine tools|vehicles|cars|automobiles|auto parts|automotive|aircraft(?: parts)?|aerospace)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "machinery"),
        (new(@"\bdefen[cs]e[- ]industry\b|\barms\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "defence-industry"),
    ];

    private static readonly Regex Cue = new(@"\b(?:co-?operation|cooperate|collaborat\w*|partnership|joint)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>
    /// The sector of a cooperation: the sector word nearest its cue ("Beyond energy, ... cultural
    /// cooperation" is cultural), said before the colon in "cooperation in energy: statement" (as exports write it).
    /// </summary>
    public static CooperationSector? Cooperation(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        var head = colon > 0 ? text[..colon] : text;
        var cue = Cue.Match(head);
        var at = cue.Success ? cue.Index : 0;
        return CooperationWords.SelectMany(w => w.Pattern.Matches(head).Select(m => (Distance: Math.Abs(m.Index - at), w.Sector)))
            .OrderBy(w => w.Distance).Select(w => (CooperationSector?)w.Sector).FirstOrDefault();
    }

    /// <summary>The goods a trade agreement covers, in the order the text names them.</summary>
    public static List<string> Trade(string text) =>
        [.. TradeWords.Select(s => (Match: s.Pattern.Match(text), s.Sector)).Where(s => s.Match.Success).OrderBy(s => s.Match.Index).Select(s => s.Sector)];
}
