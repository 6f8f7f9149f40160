using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// A delegation's terms: who leads it ("led by ...", "Deputy Prime Minister Abramchenko", "a Deputy
/// Prime Minister"), how many come, where ("visit Manila", "be in Hanoi", "the meeting will take place
/// in Bern", "invite you to our capital") and when.
/// </summary>
internal static partial class Visits
{
    private const string Office = @"(?:Minister|Secretary|Ambassador|President|Premier|Chancellor|Envoy|Governor|Admiral|General|King|Queen|Prince|Princess|Emir|Sultan|Director|Commissioner|Speaker|Chairman|Chairwoman|Chair)";

    [GeneratedRegex(@"\b(?:led|headed|chaired) by (?:the |your |our |its |his excellency |her excellency |h\.e\. )?(?<head>[A-Z][^,;.()]{0,80}?)(?=,|;|\.| comprising| and | of not| to visit| will| would| could| can|$)(?:, (?:(?:Mr|Mrs|Ms|Dr|Madam|Mister)\.? )?(?<name>(?:(?:General|Admiral|Marshal|Colonel|Ambassador) )?[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,2})(?=,|\.|;|$))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LedBy();

    // "our Deputy Foreign Minister, Mr. Vassilenko", "Our Deputy Prime Minister, Vuong Dinh Hue,": an office, then its holder.
    [GeneratedRegex(@"\b(?i:our|the|its|my|his|her|your) (?<title>(?:[A-Z][\p{L}-]* ){0,4}(?:[A-Z]\p{L}*-)?" + Office + @"(?: (?:of|for|and) (?:the )?[A-Z][\p{L}-]*| [A-Z][\p{L}-]*){0,6})(?:,? (?:Mr|Mrs|Ms|Dr|Madam|Mister|Smt|Shri)\.? |, (?:(?:Ambassador|H\.? ?E\.?|Mr|Mrs|Ms|Dr|Smt|Shri)\.? )?)(?<name>[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,2})(?=,|\.|;| and | to | would | will | could | can |$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitledName();

    // "I would like to visit Manila myself": the writer leads.
    [GeneratedRegex(@"\bI (?:would |will |could |shall |hope to |intend to |plan to )?(?:(?:also |further )?(?:like|wish|hope|be glad|be honou?red) to )?(?:visit|come|travel|lead)\b|\bmyself\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FirstPerson();

    // "I would be delighted to welcome you to Tokyo": the one the letter greets comes.
    [GeneratedRegex(@"\b(?:welcome|receive|host|invite|see) you (?:to|in|at)\b|\byou (?:could|would|might|can) (?:visit|come)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YouCome();

    // "Deputy Prime Minister Abramchenko": a title written before its holder's name.
    [GeneratedRegex(@"(?<![\p{L}])(?<title>(?:(?:Deputy|Vice|First|Prime|Foreign|Defence|Defense|Trade|State|Crown|Senior|Special|Chief|Under|Assistant|Grand|Cabinet|Lieutenant|Major|Brigadier|Rear|Fleet|Air)[ -]){0,4}" + Office + @"(?: (?:of|for) (?:the )?[A-Z][\p{L}-]*(?: (?:and )?[A-Z][\p{L}-]*){0,4})?) (?<name>(?!(?:of|for|and|the|to|will|would|can|could|is|has|with|at|in)\b)[A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+){0,2})", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleThenName();

    [GeneratedRegex(@"\b(?:a|an|our|the|its|my|your) (?<title>(?:[A-Z][\p{L}-]* ){0,4}" + Office + @"(?: (?:of|for) [A-Z][\p{L}-]*(?: (?:and )?[A-Z][\p{L}-]*){0,4})?)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleAlone();

    [GeneratedRegex(@"\b(?:visit(?:s|ing)?|be in|arrive in|lands? in|fl(?:y|ies) (?:in)?to|travel(?:ling|ing)? to|come to|take place in|held in|meet(?:ing)? in|talks in|receive (?:\w+ ){1,4}in|(?:received|welcomed|hosted) in|welcome (?:\w+ ){1,4}in|host (?:\w+ ){1,4}in|hosted in|convene in|talks [^.;?!]{0,40}?in|call(?:s|ing)? on (?:[\p{L}]+ ){1,5}at|to) (?<city>[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+){0,3})", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CityPattern();

    // Said before the number ("a team of 12") or after it ("12 members"): each window is read for its own words,
    // so "on 28 March with a team of 12" is not 28.
    [GeneratedRegex(@"\b(?:delegation of|comprising|consisting of|party of|group of|team of)\s*(?:up to |not more than |no more than |some |about |around )?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SizeBefore();

    // "12 members", "a nine-member delegation".
    [GeneratedRegex(@"^(?:\s*(?:[\p{L}-]+\s+)?(?:members|delegates|persons|people|officials|representatives|experts|strong)\b|-(?:member|person|strong)\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SizeAfter();

    [GeneratedRegex(@"\b(?:in|to|at) (?<city>[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KnownCityPattern();

    [GeneratedRegex(@"\bour (?:capital|capital city)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OurCapital();

    public static DelegationVisitClause Read(Request request, TermsContext context)
    {
        var text = request.Text;
        var head = FirstPerson().IsMatch(text) && context.Writer is { } writer ? writer
            : YouCome().IsMatch(text) && context.Addressee is { } addressee ? addressee
            : TitledName().Match(text) is { Success: true } titled ? $"{titled.Groups["title"].Value} {titled.Groups["name"].Value}"
            : LedBy().Match(text) is { Success: true } led ? $"{led.Groups["head"].Value.Trim()} {led.Groups["name"].Value}".Trim()
            : TitleThenName().Match(text) is { Success: true } named && context.World.NationsIn(new Text.Folded(named.Groups["name"].Value), 0, named.Groups["name"].Value.Length).Count == 0 ? $"{named.Groups["title"].Value} {named.Groups["name"].Value}"
            : TitleAlone().Match(text) is { Success: true } title ? title.Groups["title"].Value
            : "";
        if (head.Length == 0)
            context.Unresolved.Add(new(request.AskingText, "no head of delegation found: say who leads it"));
        var numbers = Numbers.In(text, 0, text.Length);
        var size = numbers.FirstOrDefault(n => SizeBefore().IsMatch(text[Math.Max(0, n.At - 40)..n.At]) || SizeAfter().IsMatch(text[(n.At + n.Length)..Math.Min(text.Length, n.At + n.Length + 20)]));
        var city = City(text, context);
        if (city.Length == 0)
            context.Unresolved.Add(new(request.AskingText, "no city found: say where the delegation goes"));
        var date = Dates.First(text, context.World.Today);
        if (date is null)
            context.Unresolved.Add(new(request.AskingText, "no date found: say when the delegation comes"));
        return new DelegationVisitClause(head, (int)(size?.Value ?? 0), city, date ?? context.World.Today);
    }

    // A city is a capitalised name after a word of going or meeting, and not a nation ("visit Viet Nam" names no city).
    private static string City(string text, TermsContext context)
    {
        foreach (Match match in CityPattern().Matches(text))
        {
            var city = match.Groups["city"].Value;
            var folded = new Text.Folded(city);
            if (context.World.NationsIn(folded, 0, city.Length).Count == 0 && Gazetteer.IsCity(city) is var known && (known || !match.Value.StartsWith("to ", StringComparison.Ordinal)) && !Dates.IsMonth(city))
                return city;
        }
        // "receive our State Secretary, Audun Halvorsen, in Berlin": a capital the gazetteer knows, after in, to or at.
        foreach (Match match in KnownCityPattern().Matches(text))
        {
            if (Gazetteer.IsCity(match.Groups["city"].Value))
                return match.Groups["city"].Value;
        }
        return OurCapital().IsMatch(text) && context.Requester is { } requester ? Gazetteer.CapitalOf(requester) ?? "" : "";
    }
}
