using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// An arms purchase: what is bought ("24 Su-35 fighter jets", "BrahMos cruise missiles"), how many,
/// for how much. Buying is the requester's: "we wish to purchase", "the sale to us of".
/// </summary>
internal static partial class Arms
{
    private const string Weapons = @"(?:aircraft|jets|fighters?(?: jets| aircraft)?|bombers|helicopters|gunships|drones|UAVs|tanks|howitzers|artillery(?: systems| pieces)?|rocket launchers|launchers|missiles?|missile systems|air[- ]defen[cs]e systems|radars?(?: systems)?|frigates|corvettes|submarines|destroyers|patrol (?:boats|vessels|ships)|warships|rifles|small arms|ammunition|munitions|shells|torpedoes|armou?red vehicles|personnel carriers|APCs|IFVs|weapons(?: systems)?|arms|military equipment|batteries|systems)";

    [GeneratedRegex(@"\b(?:purchas\w*|buy\w*|bought|acqui\w*|procur\w*|order\w*|sale (?:to (?:us|\w+) )?of|sell\w* (?:us|to us)|suppl\w*|deliver\w* of|contract for)\b[^.;?!]{0,80}?\b" + Weapons + @"\b|\b(?:offer\w*|sell\w*|provid\w*|deliver\w*|transfer\w*)\b[^.;?!]{0,60}?\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a (?:package|batch|squadron|flight|number) of)\s+(?:[\p{L}\d-]+\s+){0,3}" + Weapons + @"\b|\barms (?:sales?|deals?|purchases?|packages?|transfers?|contracts?|exports?)\b|\b(?:weapons|defen[cs]e|military) (?:purchase|procurement|sale|deal|contract)s?\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    // The item: what stands before a weapon word, from its count or a designation ("Su-35", "BrahMos", "Type 054A").
    [GeneratedRegex(@"(?:(?<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred|dozen)\s+(?:of\s+|more\s+|additional\s+|further\s+|extra\s+|new\s+)?)?(?<item>(?:(?:[A-Z][\p{L}]*[-\d][\p{L}\d-]*|[A-Z]{2,}[\p{L}\d-]*|[A-Z][a-z]+[A-Z][\p{L}]*|Type \d+\w*|[A-Z][\p{L}]+)\s+){0,3}(?:(?:armou?red|offshore|advanced|modern|new|used|surplus|second-hand|light|heavy|main battle|multirole|multi-role|cruise|anti-ship|ballistic|surface-to-air|air-to-air|anti-tank|coastal|naval|attack|transport|combat|patrol|stealth|fighter|self-propelled|long-range|short-range|medium-range|armed|unarmed)\s+){0,3}" + Weapons + @")\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Item();

    [GeneratedRegex(@"\b\d[\d,]* (?:of them|units|pieces|in total|in all|of those)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountAfter();

    public static Match Find(string sentence) => Topic().Match(sentence);

    public static ArmsPurchaseClause Read(Request request)
    {
        var text = request.Text;
        var items = new List<string>();
        var quantity = 0;
        // "Having seen your patrol vessels at the review, we would like to buy six Varn-class ...": what is
        // bought is named after the buying, when it is named there.
        var buying = Topic().Match(text);
        var from = buying.Success && Item().IsMatch(text, buying.Index) ? buying.Index : 0;
        foreach (Match match in Item().Matches(text, from))
        {
            var item = match.Groups["item"].Value.Trim();
            // "two batteries": a count said of the generic word still counts what is bought.
            if (quantity == 0 && match.Groups["count"].Success && Numbers.In(match.Groups["count"].Value, 0, match.Groups["count"].Value.Length).FirstOrDefault() is { } count)
                quantity = (int)count.Value;
            // "arms", "weapons", "systems" alone name nothing to buy; a package's words do not either.
            if (Regex.IsMatch(item, @"^(?:arms|weapons|systems|batteries|military equipment|launchers)$", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
                continue;
            if (!items.Contains(item, StringComparer.OrdinalIgnoreCase))
                items.Add(item);
        }
        // "maybe 40 of them": the count said after the item.
        if (quantity == 0 && CountAfter().Match(text) is { Success: true } after && Numbers.In(after.Value, 0, after.Value.Length).FirstOrDefault() is { } later)
            quantity = (int)later.Value;
        var money = Money.First(text);
        return new ArmsPurchaseClause(items, quantity, money?.Amount ?? 0, money?.Currency ?? "");
    }
}
