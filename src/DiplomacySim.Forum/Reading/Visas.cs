using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>Visa facilitation: for whom (students, business travellers ...), and whether visas are waived.</summary>
internal static partial class Visas
{
    [GeneratedRegex(@"\bvisas?\b|\bvisa-free\b|\bentry (?:requirements|permits?|formalities)\b|\btravel without (?:a )?visas?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\bwaiv\w*|\bvisa-free\b|\bwithout (?:a |the need for )?visas?\b|\babolish\w*|\bexempt\w* from (?:the )?visa|\bvisa exemption|\bno (?:longer )?(?:need|require) (?:a )?visas?|\blift\w* (?:the )?visa", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Waiver();

    // Who travels, in the words letters use, each named as players name them.
    private static readonly (Regex Pattern, string Category)[] Travellers =
    [
        (new(@"\bstudents?\b|\bpupils\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "students"),
        (new(@"\bbusiness(?:men|women|people| travell?ers| visitors| executives)?\b|\bentrepreneurs\b|\binvestors\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "business travellers"),
        (new(@"\btourists?\b|\bholidaymakers\b|\btourism\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "tourists"),
        (new(@"\bjournalists?\b|\breporters\b|\bpress\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "journalists"),
        (new(@"\b(?:academics|scholars|researchers|scientists)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "researchers"),
        // Passports as treaties name them ("holders of diplomatic and service passports": two categories).
        (new(@"\bdiplomatic (?:(?:and|or) (?:official|service) )?passports?\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "holders of diplomatic passports"),
        (new(@"\b(?:official|service) passports?\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "holders of service passports"),
        (new(@"\bdiplomats\b|\bofficials\b|\bgovernment employees\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "officials"),
        (new(@"\bnurses\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "nurses"),
        (new(@"\bcare ?givers\b|\bcare workers\b|\bcarers\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "caregivers"),
        (new(@"(?<!\bcare )\b(?:seasonal |migrant |skilled )?workers\b|\blabou?rers\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "workers"),
        (new(@"\bseafarers\b|\bsailors\b|\bcrews?\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "seafarers"),
        (new(@"\bpilgrims\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "pilgrims"),
        (new(@"\bathletes\b|\bsportsmen\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "athletes"),
        (new(@"\b(?:artists|performers|musicians)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "artists"),
        (new(@"\bfamil(?:y|ies)\b|\brelatives\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), "families"),
    ];

    [GeneratedRegex(@"\b(?:not|no|short of|rather than|instead of|without asking for|stopping short of) (?:a |an |the |full |complete )?(?:visa )?(?:waiver|exemption|abolition)s?\b|\b(?:would|will|does|do) not (?:do away with|waive|abolish)\b[^.;]{0,40}", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoWaiver();

    public static Match Find(string sentence) => Topic().Match(sentence);

    public static VisaFacilitationClause Read(Request request)
    {
        var text = request.Text;
        // "a consulate for our nurses there, and could you make visas easier for seafarers": the travellers
        // of the visa's own part of the sentence, when it names any.
        var categories = CategoriesIn(OwnPart(text)) is { Count: > 0 } own ? own : CategoriesIn(text);
        // "Not a waiver, just less paperwork": a waiver said only to be set aside is none.
        return new VisaFacilitationClause(categories, Waiver().IsMatch(NoWaiver().Replace(text, " ")));
    }

    private static List<string> CategoriesIn(string text) =>
        [.. Travellers.Select(t => (Match: t.Pattern.Match(text), t.Category)).Where(t => t.Match.Success).OrderBy(t => t.Match.Index).Select(t => t.Category).Distinct()];

    private static string OwnPart(string text)
    {
        var topic = Topic().Match(text);
        if (!topic.Success)
            return text;
        var cut = Math.Max(text.LastIndexOf(", and ", topic.Index, StringComparison.Ordinal), text.LastIndexOf("; ", topic.Index, StringComparison.Ordinal));
        return cut < 0 ? text : text[cut..];
    }
}
