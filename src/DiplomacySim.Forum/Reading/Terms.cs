using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.World;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>What the terms of one request are read with.</summary>
internal sealed record TermsContext(string Text, Folded Folded, ForumWorld World, Nation? Requester, Nation? Grantor, List<Unresolved> Unresolved);

/// <summary>Reads the terms of each kind of request from its text.</summary>
internal static partial class Terms
{
    public static Clause? Read(Request request, TermsContext context) => request.Kind switch
    {
        ClauseKind.BasingRights => Basing(request, context),
        ClauseKind.RefuelingRights => Refueling(request, context),
        ClauseKind.TradeAgreement => Trade(request),
        ClauseKind.DelegationVisit => Visit(request, context),
        ClauseKind.ProtectingPower => Mandate(request, context),
        ClauseKind.Cooperation => Cooperation(request),
        ClauseKind.Investment => Investment(request, context),
        _ => null,
    };

    internal static BasingRightsClause? Basing(Request request, TermsContext context)
    {
        var installations = Installations(request, context);
        if (installations.Count == 0)
        {
            context.Unresolved.Add(new(request.AskingText, "basing rights name no installation this game knows"));
            return null;
        }
        var numbers = Personnel(request, context);
        if (numbers.Count == 0)
            context.Unresolved.Add(new(request.AskingText, "no personnel numbers found: say how many, e.g. \"up to 5,000 personnel\""));
        var emergency = numbers.FirstOrDefault(n => IsEmergencyCap(context.Text, n));
        var peacetime = numbers.FirstOrDefault(n => n != emergency);
        var peace = (int)(peacetime?.Value ?? emergency?.Value ?? 0);
        var surge = (int)(emergency?.Value ?? numbers.Select(n => n.Value).DefaultIfEmpty(peace).Max());
        return new BasingRightsClause(installations, peace, Math.Max(surge, peace), Capabilities(request.Text), Years(request.Text));
    }

    private static RefuelingRightsClause Refueling(Request request, TermsContext context)
    {
        var lower = request.Text.ToLowerInvariant();
        var assets = new List<RefuelingAsset>();
        if (Regex.IsMatch(lower, @"\b(?:air|aircraft|airborne|planes?|tankers?|air force)\b"))
            assets.Add(RefuelingAsset.Air);
        if (Regex.IsMatch(lower, @"\b(?:naval|navy|vessels?|ships?|warships?|fleet)\b"))
            assets.Add(RefuelingAsset.Naval);
        var area = NamedArea().Match(request.Text) is { Success: true } named ? named.Groups[1].Value.Trim()
            : AreaPattern().Match(request.Text) is { Success: true } match ? match.Groups[1].Value
            : context.Grantor?.Name ?? "";
        return new RefuelingRightsClause(assets, area, Installations(request, context));
    }

    [GeneratedRegex(@"\bin the area of ([^.;]+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedArea();

    [GeneratedRegex(@"\b(?:in|over|across|through|of) the ((?:(?:wider|greater|western|eastern|northern|southern|central|north|south|east|west) )?(?:[A-Z][\p{L}]+ )*(?:Sea|Ocean|Gulf|Strait|Straits|Pacific|Atlantic|Arctic|Mediterranean|Baltic|Caribbean))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AreaPattern();

    private static TradeAgreementClause Trade(Request request)
    {
        var text = request.Text;
        var lower = text.ToLowerInvariant();
        var percent = Numbers.In(text, 0, text.Length).FirstOrDefault(n => Regex.IsMatch(After(text, n, 12), @"^\s*(?:%|per ?cent)", RegexOptions.IgnoreCase));
        var tariff = percent?.Value ?? 0m;
        if (Regex.IsMatch(lower, @"\b(?:lower\w*|reduc\w*|cut\w*|decreas\w*|eliminat\w*)\b"))
            tariff = -tariff;
        var currency = lower.Contains("national currenc", StringComparison.Ordinal) ? "national" : Currency(text) ?? "";
        return new TradeAgreementClause(Sectors(lower), tariff, currency, Years(text));
    }

    private static DelegationVisitClause Visit(Request request, TermsContext context)
    {
        var text = request.Text;
        var head = LedBy().Match(text) is { Success: true } led ? led.Groups["head"].Value.Trim()
            : TitledName().Match(text) is { Success: true } titled ? $"{titled.Groups["title"].Value} {titled.Groups["name"].Value}"
            : TitleAlone().Match(text) is { Success: true } title ? title.Groups["title"].Value
            : "";
        if (head.Length == 0)
            context.Unresolved.Add(new(request.AskingText, "no head of delegation found: say who leads it"));
        var numbers = Numbers.In(text, 0, text.Length);
        var size = numbers.FirstOrDefault(n => Near(text, n, @"delegation of|comprising|members|delegates|persons|people|strong") && !Regex.IsMatch(After(text, n, 12), @"^\s*(?:to\s+\d|january|february|march|april|may|june|july|august|september|october|november|december)", RegexOptions.IgnoreCase));
        var city = CityPattern().Match(text) is { Success: true } visit ? visit.Groups["city"].Value : "";
        if (city.Length == 0)
            context.Unresolved.Add(new(request.AskingText, "no city found: say where the delegation goes"));
        var date = Dates.First(text, context.World.Today);
        if (date is null)
            context.Unresolved.Add(new(request.AskingText, "no date found: say when the delegation comes"));
        return new DelegationVisitClause(head, (int)(size?.Value ?? 0), city, date ?? context.World.Today);
    }

    [GeneratedRegex(@"\bled by (?:the |his excellency |her excellency )?(?<head>[A-Z][^,;.()]*?)(?=,|;|\.| comprising| and | of not| to visit|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LedBy();

    [GeneratedRegex(@"\b(?:our|the|its) (?<title>(?:[A-Z][\p{L}-]* )*(?:Minister|Secretary|Ambassador|President|Premier|Chancellor|Envoy)(?: [A-Z][\p{L}-]*)*),? (?:Mr|Mrs|Ms|Dr|General|Admiral)\.? (?<name>[A-Z][\p{L}-]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitledName();

    // "a Deputy Prime Minister would visit": the office is named, its holder is not.
    [GeneratedRegex(@"\b(?:a|an|our|the|its) (?<title>(?:[A-Z][\p{L}-]* )*(?:Minister|Secretary|Ambassador|President|Premier|Chancellor|Envoy)(?: of [A-Z][\p{L}-]*(?: [A-Z][\p{L}-]*)*)?)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleAlone();

    [GeneratedRegex(@"\bvisit(?:s|ing)? (?<city>[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)*)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CityPattern();

    private static ProtectingPowerClause? Mandate(Request request, TermsContext context)
    {
        var text = request.Text;
        var found = context.World.NationsIn(context.Folded, request.Asking.Start, request.End);
        var possessive = found.FirstOrDefault(n => n.At + n.Length < context.Text.Length && Regex.IsMatch(context.Text[(n.At + n.Length)..Math.Min(context.Text.Length, n.At + n.Length + 3)], @"^['’]s"));
        var protectedState = possessive.Nation ?? context.Requester;
        var interests = context.Text.IndexOf("interests", request.Asking.Start, StringComparison.OrdinalIgnoreCase);
        var host = found.Where(n => interests >= 0 && n.At > interests && n.Nation != protectedState && n.Nation != context.Grantor).Select(n => n.Nation).FirstOrDefault();
        if (protectedState is null || host is null)
        {
            context.Unresolved.Add(new(request.AskingText, host is null ? "no host state found: say in which country the interests are to be protected" : "no protected state found"));
            return null;
        }
        var lower = text.ToLowerInvariant();
        var scope = (lower.Contains("diplomatic", StringComparison.Ordinal), lower.Contains("consular", StringComparison.Ordinal)) switch
        {
            (true, false) => ProtectionScope.Diplomatic,
            (false, true) => ProtectionScope.Consular,
            _ => ProtectionScope.Both,
        };
        return new ProtectingPowerClause(protectedState.Code, host.Code, scope);
    }

    private static CooperationClause Cooperation(Request request)
    {
        var colonAt = request.AskingText.IndexOf(": ", StringComparison.Ordinal);
        var lower = (colonAt > 0 ? request.AskingText[..colonAt] : request.AskingText).ToLowerInvariant();
        var sector = lower switch
        {
            _ when Regex.IsMatch(lower, @"\b(?:energy|gas|oil|pipelines?|power)\b") => CooperationSector.Energy,
            _ when Regex.IsMatch(lower, @"\b(?:defen[cs]e|military|armed forces)\b") => CooperationSector.Defense,
            _ when Regex.IsMatch(lower, @"\b(?:security|terror\w*|police|border)\b") => CooperationSector.Security,
            _ when Regex.IsMatch(lower, @"\b(?:industr\w*|manufactur\w*)\b") => CooperationSector.Industrial,
            _ => CooperationSector.Cultural,
        };
        // "... cooperation in energy: <statement>" (as exports write it) keeps the statement alone.
        var colon = request.AskingText.IndexOf(": ", StringComparison.Ordinal);
        return new CooperationClause(sector, (colon > 0 ? request.AskingText[(colon + 2)..] : request.AskingText).Trim());
    }

    private static InvestmentClause? Investment(Request request, TermsContext context)
    {
        var text = request.AskingText;
        var money = Money().Match(text);
        if (!money.Success)
        {
            context.Unresolved.Add(new(text, "no amount found: write it with its currency, e.g. \"USD 450 million\""));
            return null;
        }
        var number = Numbers.In(money.Value, 0, money.Value.Length).FirstOrDefault();
        var currency = Currency(money.Value) ?? "USD";
        var sector = SectorPattern().Match(text, money.Index + money.Length) is { Success: true } s ? WithoutNationWords(s.Groups["sector"].Value, context) : "";
        return new InvestmentClause(sector, number?.Value ?? 0, currency);
    }

    [GeneratedRegex(@"(?:(?:USD|US\$|EUR|RUB|CNY|GBP|JPY|INR|\$|€|£|¥)\s?\d[\d.,  ]*(?:\s*(?:million|billion|bn|m|thousand))?|\d[\d.,  ]*(?:\s*(?:million|billion|bn|thousand))?\s*(?:dollars|euros|roubles|rubles|yuan|pounds|yen|rupees|USD|EUR|RUB|CNY))", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b(?:in|into|for) (?:the )?(?<sector>[\p{L}][\p{L} -]{2,60}?)\s*(?:[.,;]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SectorPattern();

    private static string WithoutNationWords(string sector, TermsContext context)
    {
        var words = sector.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && context.World.Nations.Any(n => new[] { n.Name, n.Code }.Concat(n.Aliases).Any(a => Folded.Key(a) == Folded.Key(words[0]))))
            words.RemoveAt(0);
        return string.Join(' ', words);
    }

    private static string? Currency(string text) =>
        CurrencyPattern().Match(text) is { Success: true } match
            ? match.Value.ToLowerInvariant() switch
            {
                "usd" or "us$" or "$" or "dollars" or "dollar" => "USD",
                "eur" or "€" or "euros" or "euro" => "EUR",
                "rub" or "roubles" or "rubles" => "RUB",
                "cny" or "yuan" or "renminbi" => "CNY",
                "gbp" or "£" or "pounds" => "GBP",
                "jpy" or "¥" or "yen" => "JPY",
                "inr" or "rupees" => "INR",
                var code => code.ToUpperInvariant(),
            }
            : null;

    [GeneratedRegex(@"(?<![\p{L}])(?:USD|US\$|EUR|RUB|CNY|GBP|JPY|INR|KZT|MNT|CLP|ARS|PHP|VND|THB|dollars?|euros?|roubles|rubles|yuan|renminbi|pounds|yen|rupees)(?![\p{L}])|[$€£¥]", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CurrencyPattern();

    private static List<Guid> Installations(Request request, TermsContext context) =>
        [.. context.World.InstallationsIn(context.Folded, request.Asking.Start, request.End).Select(i => i.Installation.Id).Distinct()];

    private static List<FoundNumber> Personnel(Request request, TermsContext context) =>
        [.. Numbers.In(context.Text, request.Asking.Start, request.End)
            .Where(n => n.Value >= 1 && !Regex.IsMatch(After(context.Text, n, 14), @"^\s*(?:hours?|days?|weeks?|months?|years?|%|per ?cent|km|miles|nautical)", RegexOptions.IgnoreCase))];

    private static List<BasingCapability> Capabilities(string text)
    {
        var lower = text.ToLowerInvariant();
        var found = new List<BasingCapability>();
        void When(string pattern, BasingCapability capability)
        {
            if (Regex.IsMatch(lower, pattern))
                found.Add(capability);
        }
        When(@"\bsigint\b|signals intelligence", BasingCapability.Sigint);
        When(@"\belint\b|electronic intelligence|\bradars?\b", BasingCapability.Elint);
        When(@"\bnaval\b|\bships?\b|\bvessels?\b|\bfleet\b", BasingCapability.NavalPresence);
        When(@"air[- ]defen[cs]e|air operations|\baircraft\b|\bfighters?\b|air wing", BasingCapability.AirOperations);
        When(@"\blogistic\w*|\bsupply\b|\bsupplies\b", BasingCapability.Logistics);
        return found;
    }

    private static List<string> Sectors(string lower)
    {
        (string Pattern, string Sector)[] sectors =
        [
            (@"\b(?:grain|wheat|rice|agricultur\w*|food|fruit|maize|corn|soy\w*)\b", "agriculture"),
            (@"\b(?:coal|oil|gas|energy|petroleum|lng|electricity)\b", "energy"),
            (@"\bpharmaceutic\w*|\bmedicines?\b", "pharmaceuticals"),
            (@"\b(?:steel|metals?|aluminium|copper)\b", "metals"),
            (@"\btextiles?\b|\bgarments?\b", "textiles"),
            (@"\b(?:electronics?|semiconductors?)\b", "electronics"),
            (@"\bdefen[cs]e[- ]industry\b|\barms\b", "defence-industry"),
        ];
        return [.. sectors.Select(s => (Match: Regex.Match(lower, s.Pattern), s.Sector)).Where(s => s.Match.Success).OrderBy(s => s.Match.Index).Select(s => s.Sector)];
    }

    private static int? Years(string text) =>
        YearsPattern().Match(text) is { Success: true } match && Numbers.In(match.Value, 0, match.Value.Length).FirstOrDefault() is { } years ? (int)years.Value : null;

    [GeneratedRegex(@"\b(?:for|over|of|term of) (?:a (?:term|period) of )?(?:\d+|[a-z]+(?:-[a-z]+)?) years?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearsPattern();

    // "rising to 1,200", "1,200 should a regional emergency require it", "5,000 in an emergency".
    private static bool IsEmergencyCap(string text, FoundNumber number)
    {
        var before = text[Math.Max(0, number.At - 20)..number.At];
        return Regex.IsMatch(before, @"(?:emergenc\w*|crisis|rising to|surge to|wartime|increas\w* to)\W*$", RegexOptions.IgnoreCase)
            || Regex.IsMatch(After(text, number, 40), @"^\s*(?:personnel\s+)?(?:in|should|during|for)\s+an?\s+(?:\w+\s+)?(?:emergenc|crisis|war)", RegexOptions.IgnoreCase);
    }

    private static bool Near(string text, FoundNumber number, string pattern)
    {
        var before = text[Math.Max(0, number.At - 40)..number.At];
        var after = After(text, number, 40);
        return Regex.IsMatch(before, pattern, RegexOptions.IgnoreCase) || Regex.IsMatch(after, pattern, RegexOptions.IgnoreCase);
    }

    private static string After(string text, FoundNumber number, int length)
    {
        var from = Math.Min(text.Length, number.At + number.Length);
        return text[from..Math.Min(text.Length, from + length)];
    }
}
