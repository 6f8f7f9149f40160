using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacySim.Forum.Reading;

/// <summary>A number found in prose, where it stands, and the words just before it ("no more than", "up to").</summary>
internal sealed record FoundNumber(decimal Value, int At, int Length);

/// <summary>
/// Numbers as letters write them: "1,200", "25 000", "5.000" (a thousands point), "twelve",
/// "seventy-two", "five thousand", "450 million".
/// </summary>
internal static partial class Numbers
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m,
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["bn"] = 1_000_000_000m,
        ["m"] = 1_000_000m,
    };

    [GeneratedRegex(@"(?<![\w.,])(\d{1,3}(?:[,  ]\d{3})+|\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:\s*(hundred|thousand|million|billion|bn|m)\b)?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b(?:[\s-]+(?:and[\s-]+)?)?)+", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Words();

    /// <summary>Every number in <paramref name="text"/>[from, to), in order.</summary>
    public static List<FoundNumber> In(string text, int from, int to)
    {
        var segment = text[from..to];
        var found = new List<FoundNumber>();
        foreach (Match match in Digits().Matches(segment))
        {
            var digits = match.Groups[1].Value;
            // "5.000" is five thousand in much of Europe; "2.5" is two and a half.
            var value = Regex.IsMatch(digits, @"^\d{1,3}(\.\d{3})+$")
                ? decimal.Parse(digits.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
                : decimal.Parse(digits.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            if (match.Groups[2].Success)
                value *= Scales[match.Groups[2].Value];
            found.Add(new FoundNumber(value, from + match.Index, match.Length));
        }
        foreach (Match match in Words().Matches(segment))
        {
            if (WordsValue(match.Value) is { } value)
                found.Add(new FoundNumber(value, from + match.Index, match.Value.TrimEnd(' ', '-').Length));
        }
        return [.. found.OrderBy(n => n.At)];
    }

    private static decimal? WordsValue(string words)
    {
        decimal total = 0, current = 0;
        var any = false;
        foreach (var word in words.Split([' ', '-', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
                continue;
            if (Units.TryGetValue(word, out var unit))
            {
                current += unit;
                any = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                if (scale == 100m)
                    current = (current == 0 ? 1 : current) * 100;
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                any = true;
            }
        }
        return any ? total + current : null;
    }
}
