using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.World;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>What the terms of one request are read with; <paramref name="Writer"/> is who signs ("Secretary of State Mike Pompeo"), for "I would like to visit".</summary>
internal sealed record TermsContext(string Text, Folded Folded, ForumWorld World, Nation? Requester, Nation? Grantor, List<Unresolved> Unresolved, string? Writer = null)
{
    private string? letterArea;

    /// <summary>The first sea or region the letter names, looked for once per letter (not once per request, which would grow with the square of its length).</summary>
    public string LetterArea => letterArea ??= Terms.FirstArea(Text) ?? "";

    /// <summary>Whom the letter greets ("Dear Secretary Locsin," is Secretary Locsin), for "we would welcome you to Tokyo".</summary>
    public string? Addressee { get; init; }
}

/// <summary>
/// Reads the terms of each kind of request from the sentences that make it: the one that asks first,
/// then those that refer back to it; a term is taken from the first sentence that states it.
/// </summary>
internal static partial class Terms
{
    public static Clause? Read(Request request, TermsContext context) => request.Kind switch
    {
        ClauseKind.BasingRights => Basing(request, context),
        ClauseKind.RefuelingRights => Refueling(request, context),
        ClauseKind.TradeAgreement => Trade(request),
        ClauseKind.DelegationVisit => Visits.Read(request, context),
        ClauseKind.ProtectingPower => Mandates.Read(request, context),
        ClauseKind.Cooperation => Cooperation(request),
        ClauseKind.Investment => Investment(request, context),
        ClauseKind.DiplomaticRelations => Relations.Read(request, context),
        ClauseKind.StatusOfForces => ForcesStatus.Read(request),
        ClauseKind.DefencePact => Pacts.Read(request),
        ClauseKind.OverflightRights => Overflight.Read(request),
        ClauseKind.IntelligenceSharing => Intelligence.Read(request),
        ClauseKind.ArmsPurchase => Arms.Read(request),
        ClauseKind.VisaFacilitation => Visas.Read(request),
        ClauseKind.OtherRequest => OtherRequests.Read(request),
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
        var caps = request.Parts.SelectMany(p => Personnel.Caps(context.Text, p.Start, p.End)).ToList();
        if (caps.Count == 0)
            context.Unresolved.Add(new(request.AskingText, "no personnel numbers found: say how many, e.g. \"up to 5,000 personnel\""));
        var emergency = caps.Where(c => c.Emergency).Select(c => c.Number).FirstOrDefault();
        var peacetime = caps.Where(c => !c.Emergency).Select(c => c.Number).FirstOrDefault();
        var peace = (int)(peacetime?.Value ?? emergency?.Value ?? 0);
        var surge = (int)(emergency?.Value ?? caps.Select(c => c.Number.Value).DefaultIfEmpty(peace).Max());
        return new BasingRightsClause(installations, peace, Math.Max(surge, peace), Capabilities(WithoutPlaces(request, context)), Years(request.Text));
    }

    private static RefuelingRightsClause Refueling(Request request, TermsContext context)
    {
        // "Ranai Air Base's harbour" says nothing of aircraft: the assets are read with the places' names blanked.
        // "our C-295s will be flying relief cargo. can they refuel at U-Tapao?": who "they" are is said just before, on the same line.
        var lower = (WithoutPlaces(request, context) + " " + SaidJustBefore(request, context)).ToLowerInvariant();
        var assets = new List<RefuelingAsset>();
        if (Regex.IsMatch(lower, @"\b(?:air|aircraft|airborne|planes?|tankers?|air force|aviation|bombers?|fighters?|airlift|jets?|airlifters?|(?:il|an|c|kc|f|su|mig|tu|p)-\d{1,3}[a-z]?)\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            assets.Add(RefuelingAsset.Air);
        // Ships are naval; "navy" alone says whose, not what: "our Navy's P-8I aircraft" are aircraft.
        if (Regex.IsMatch(lower, @"\b(?:vessels?|ships?|warships?|fleet|frigates?|destroyers?|submarines?|corvettes?|squadron|ins|hmas|uss|hms|brp|kri)\b", RegexOptions.None, TimeSpan.FromSeconds(1))
            || (assets.Count == 0 && Regex.IsMatch(lower, @"\b(?:naval|navy)\b", RegexOptions.None, TimeSpan.FromSeconds(1))))
            assets.Add(RefuelingAsset.Naval);
        var area = NamedArea().Match(request.Text) is { Success: true } named ? named.Groups[1].Value.Trim()
            : AreaPattern().Match(request.Text) is { Success: true } match ? match.Groups[1].Value
            // "a naval group will transit the Red Sea ... the frigates of this group to take on fuel": the sea the letter names
            // (a chat's "the red sea" too); never the grantor's own name, which the installations already say.
            : context.LetterArea is { Length: > 0 } letter ? letter
            : "";
        return new RefuelingRightsClause(assets, area, Installations(request, context));
    }

    private static string SaidJustBefore(Request request, TermsContext context)
    {
        var start = request.Parts[0].Start;
        var line = context.Text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        return start - line is > 0 and <= 400 && Regex.IsMatch(request.AskingText, @"\b(?:they|them|these|those)\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
            ? context.Text[line..start] : "";
    }

    internal static string? FirstArea(string text) =>
        AreaPattern().Match(text) is { Success: true } match ? match.Groups[1].Value
        : LowerCaseArea().Match(text) is { Success: true } chat ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(chat.Groups[1].Value) : null;

    // A chat writes seas in lower case: "patrols in the red sea all spring".
    [GeneratedRegex(@"\b(?:in|over|across|through|of|into|to|from|off|around|near) the ((?:red|black|south china|east china|yellow|arabian|caribbean|mediterranean|baltic|north|coral|timor|java|philippine|andaman|natuna) sea|(?:indian|pacific|atlantic|arctic) ocean|persian gulf|gulf of (?:aden|guinea|thailand|oman|mexico))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LowerCaseArea();

    [GeneratedRegex(@"\bin the area of ([^.;]+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedArea();

    [GeneratedRegex(@"\b(?:in|over|across|through|of|into|to|from|off|around|near|transit\w*|cross\w*|patrol\w*|sail\w*|operat\w* in) the ((?:(?:wider|greater|western|eastern|northern|southern|central|north|south|east|west) )?(?:[A-Z][\p{L}]+ ){0,3}(?:Sea|Ocean|Gulf|Bay|Strait|Straits|Pacific|Atlantic|Arctic|Mediterranean|Baltic|Caribbean|Indo-Pacific|Sahel|Horn of Africa)(?: of [A-Z][\p{L}]+)?)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AreaPattern();

    private static TradeAgreementClause Trade(Request request)
    {
        var text = request.Text;
        var lower = text.ToLowerInvariant();
        var percent = Numbers.In(text, 0, text.Length).FirstOrDefault(n => Regex.IsMatch(After(text, n, 12), @"^\s*(?:%|per ?cent)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
        var tariff = percent?.Value ?? 0m;
        // "tariffs -5%": the sign written before the number says the cut.
        if (percent is not null && percent.At > 0 && text[percent.At - 1] is '-' or '−' or '–' && (percent.At < 2 || !char.IsLetterOrDigit(text[percent.At - 2])))
            tariff = -tariff;
        else if (Regex.IsMatch(lower, @"\b(?:lower\w*|reduc\w*|cut\w*|decreas\w*|eliminat\w*|bring\w* down|brought down|remov\w*|abolish\w*|slash\w*|drop\w*|phas\w* (?:down|out)|fall\w*|fell|come down|go down)\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            tariff = -tariff;
        var currency = lower.Contains("national currenc", StringComparison.Ordinal) ? "national" : Money.Currency(text) ?? "";
        return new TradeAgreementClause(Sectors.Trade(lower), tariff, currency, Years(text));
    }

    private static CooperationClause Cooperation(Request request)
    {
        // "... cooperation in energy: <statement>" (as exports write it) keeps the statement alone.
        var colon = request.AskingText.IndexOf(": ", StringComparison.Ordinal);
        return new CooperationClause(Sectors.Cooperation(request.AskingText) ?? CooperationSector.Cultural, (colon > 0 ? request.AskingText[(colon + 2)..] : request.AskingText).Trim());
    }

    private static InvestmentClause? Investment(Request request, TermsContext context)
    {
        var text = request.Text;
        if (Money.First(text) is not { } money)
        {
            context.Unresolved.Add(new(request.AskingText, "no amount found: write it with its currency, e.g. \"USD 450 million\""));
            return null;
        }
        var sector = SectorPattern().Match(text, money.End) is { Success: true } s ? WithoutNationWords(s.Groups["sector"].Value, context) : "";
        return new InvestmentClause(sector, money.Amount, money.Currency);
    }

    // "in India's ethanol sector" is ethanol; "in geothermal power in Sumatra" is geothermal power (the place is not what is funded).
    [GeneratedRegex(@"\b(?:in|into|for) (?:the |its |our |your |their )?(?:\p{L}+['’]s )?(?<sector>[\p{L}][\p{L} -]{2,60}?)(?: sector| industry)?\s*(?:[.,;]|$| over | during | by | within | through | from | starting | in (?=(?:the )?\p{Lu}))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SectorPattern();

    private static string WithoutNationWords(string sector, TermsContext context)
    {
        var words = sector.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && context.World.Nations.Any(n => new[] { n.Name, n.Code }.Concat(n.Aliases).Concat(Gazetteer.OtherNamesOf(n)).Any(a => Folded.Key(a) == Folded.Key(words[0]))))
            words.RemoveAt(0);
        return string.Join(' ', words);
    }

    private static string WithoutPlaces(Request request, TermsContext context)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in request.Parts)
        {
            var chars = context.Text[part.Start..part.End].ToCharArray();
            foreach (var (at, length, _) in context.World.InstallationsIn(context.Folded, part.Start, part.End))
                Array.Fill(chars, ' ', at - part.Start, length);
            text.Append(chars).Append(' ');
        }
        return text.ToString();
    }

    private static List<Guid> Installations(Request request, TermsContext context) =>
        [.. request.Parts.SelectMany(p => context.World.InstallationsIn(context.Folded, p.Start, p.End)).Select(i => i.Installation.Id).Distinct()];

    private static List<BasingCapability> Capabilities(string text)
    {
        var lower = text.ToLowerInvariant();
        var found = new List<BasingCapability>();
        void When(string pattern, BasingCapability capability)
        {
            if (Regex.IsMatch(lower, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
                found.Add(capability);
        }
        When(@"\bsigint\b|signals intelligence|listening post", BasingCapability.Sigint);
        When(@"\belint\b|electronic intelligence|\bradars?\b", BasingCapability.Elint);
        When(@"\bnaval\b|\bships?\b|\bvessels?\b|\bfleet\b|\bwarships?\b|\bfrigates?\b|\bsubmarines?\b", BasingCapability.NavalPresence);
        When(@"air[- ]defen[cs]e|air operations|\baircraft\b|\bfighters?\b|air wing|\bsquadrons? of\b|\bjets\b|\bdrones?\b|\bair force\b|\bairlift\b", BasingCapability.AirOperations);
        When(@"\blogistic\w*|\bsupply\b|\bsupplies\b|\bmaintenance\b|\brepairs?\b|\bairlift\b", BasingCapability.Logistics);
        return found;
    }

    /// <summary>A term in years ("for a period of ten years"), or null when none is said.</summary>
    internal static int? YearsIn(string text) => Years(text);

    private static int? Years(string text) =>
        YearsPattern().Match(text) is { Success: true } match && Numbers.In(match.Value, 0, match.Value.Length).FirstOrDefault() is { } years ? (int)years.Value : null;

    [GeneratedRegex(@"\b(?:for|over|of|term of|(?:term|duration|period):) (?:a (?:term|period) of )?(?:\d+|[a-z]+(?:-[a-z]+)?) years?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearsPattern();

    private static string After(string text, FoundNumber number, int length)
    {
        var from = Math.Min(text.Length, number.At + number.Length);
        return text[from..Math.Min(text.Length, from + length)];
    }
}
