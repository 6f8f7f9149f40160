using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// Dates in prose: "2 April", "18 to 20 November 2019", "April 2", "2019-04-02". A date without a
/// year is the next such day on or after the game's in-game date.
/// </summary>
internal static partial class Dates
{
    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(" + Months + @")\.?(?:,?\s+(\d{4}))?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(" + Months + @")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthDay();

    public static bool IsMonth(string word) => ("|" + Months + "|").Contains("|" + word.ToLowerInvariant().TrimEnd('.') + "|", StringComparison.Ordinal);

    /// <summary>The first date in <paramref name="text"/>, read against <paramref name="today"/>.</summary>
    public static DateOnly? First(string text, DateOnly today)
    {
        var candidates = new List<(int At, DateOnly? Date)>();
        if (Iso().Match(text) is { Success: true } iso)
            candidates.Add((iso.Index, Make(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture))));
        if (DayMonth().Match(text) is { Success: true } dayMonth)
            candidates.Add((dayMonth.Index, Resolve(dayMonth.Groups[1].Value, dayMonth.Groups[2].Value, dayMonth.Groups[3].Value, today)));
        if (MonthDay().Match(text) is { Success: true } monthDay)
            candidates.Add((monthDay.Index, Resolve(monthDay.Groups[2].Value, monthDay.Groups[1].Value, monthDay.Groups[3].Value, today)));
        return candidates.Where(c => c.Date is not null).OrderBy(c => c.At).Select(c => c.Date).FirstOrDefault();
    }

    private static DateOnly? Resolve(string day, string month, string year, DateOnly today)
    {
        var m = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, name => name.Length > 0 && name.StartsWith(month[..3], StringComparison.OrdinalIgnoreCase)) + 1;
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (year.Length > 0)
            return Make(int.Parse(year, CultureInfo.InvariantCulture), m, d);
        var thisYear = Make(today.Year, m, d);
        return thisYear is { } date && date >= today ? date : Make(today.Year + 1, m, d);
    }

    private static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
