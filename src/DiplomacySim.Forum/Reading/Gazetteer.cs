using DiplomacySim.Domain.World;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// The other words letters name nations by: adjectives ("the American Embassy", "the Swiss Minister")
/// and capitals ("Hanoi has agreed"). Known for the common nations, by any of their usual names, so a
/// game's nation finds them when its name or an alias is one of those; an adjective is also made from
/// a name ("West African Federation" → "West African", "Myrrhia" → "Myrrhian").
/// </summary>
internal static class Gazetteer
{
    // Usual name → adjectives, capital. A game's nation takes the entry whose name it is called by.
    private static readonly (string Name, string[] Adjectives, string Capital)[] Entries =
    [
        ("Russia", ["Russian"], "Moscow"), ("Viet Nam", ["Vietnamese"], "Hanoi"), ("Vietnam", ["Vietnamese"], "Hanoi"),
        ("Thailand", ["Thai"], "Bangkok"), ("China", ["Chinese"], "Beijing"), ("United States", ["American"], "Washington"),
        ("Japan", ["Japanese"], "Tokyo"), ("India", ["Indian", "Delhi"], "New Delhi"), ("Philippines", ["Philippine", "Filipino"], "Manila"),
        ("Indonesia", ["Indonesian"], "Jakarta"), ("Australia", ["Australian"], "Canberra"), ("Switzerland", ["Swiss"], "Bern"),
        ("France", ["French"], "Paris"), ("Germany", ["German"], "Berlin"), ("Turkey", ["Turkish"], "Ankara"), ("Türkiye", ["Turkish"], "Ankara"),
        ("Egypt", ["Egyptian"], "Cairo"), ("Norway", ["Norwegian"], "Oslo"), ("Brazil", ["Brazilian"], "Brasília"),
        ("United Kingdom", ["British"], "London"), ("Nigeria", ["Nigerian"], "Abuja"), ("Kazakhstan", ["Kazakh", "Kazakhstani"], "Astana"),
        ("Mongolia", ["Mongolian"], "Ulaanbaatar"), ("Chile", ["Chilean"], "Santiago"), ("Argentina", ["Argentine", "Argentinian"], "Buenos Aires"),
        ("Bolivia", ["Bolivian"], "La Paz"), ("Canada", ["Canadian"], "Ottawa"), ("Mexico", ["Mexican"], "Mexico City"), ("Italy", ["Italian"], "Rome"),
        ("Spain", ["Spanish"], "Madrid"), ("Poland", ["Polish"], "Warsaw"), ("Ukraine", ["Ukrainian"], "Kyiv"), ("Iran", ["Iranian"], "Tehran"),
        ("Israel", ["Israeli"], "Jerusalem"), ("Saudi Arabia", ["Saudi"], "Riyadh"), ("Pakistan", ["Pakistani"], "Islamabad"),
        ("South Africa", ["South African"], "Pretoria"), ("Kenya", ["Kenyan"], "Nairobi"), ("Ethiopia", ["Ethiopian"], "Addis Ababa"),
        ("Singapore", ["Singaporean"], "Singapore"), ("Malaysia", ["Malaysian"], "Kuala Lumpur"), ("New Zealand", ["New Zealand"], "Wellington"),
        ("Sweden", ["Swedish"], "Stockholm"), ("Finland", ["Finnish"], "Helsinki"), ("Netherlands", ["Dutch"], "Amsterdam"),
        ("Greece", ["Greek"], "Athens"), ("South Korea", ["South Korean"], "Seoul"), ("North Korea", ["North Korean"], "Pyongyang"),
        ("Cuba", ["Cuban"], "Havana"), ("Venezuela", ["Venezuelan"], "Caracas"), ("Colombia", ["Colombian"], "Bogotá"), ("Peru", ["Peruvian"], "Lima"),
        ("United Arab Emirates", ["Emirati"], "Abu Dhabi"), ("Qatar", ["Qatari"], "Doha"), ("Laos", ["Lao", "Laotian"], "Vientiane"),
        ("Cambodia", ["Cambodian"], "Phnom Penh"), ("Myanmar", ["Myanmar", "Burmese"], "Naypyidaw"), ("Belgium", ["Belgian"], "Brussels"),
    ];

    private static readonly string[] FormWords = ["federation", "confederation", "republic", "kingdom", "union", "empire", "commonwealth", "state", "states", "emirate", "sultanate"];

    private static readonly HashSet<string> Capitals = new(Entries.Select(e => Folded.Key(e.Capital)), StringComparer.Ordinal);

    /// <summary>The adjectives and the capital a nation is also named by.</summary>
    public static IEnumerable<string> OtherNamesOf(Nation nation)
    {
        var names = nation.Aliases.Prepend(nation.Name).ToList();
        foreach (var entry in Entries.Where(e => names.Exists(n => Folded.Key(n) == Folded.Key(e.Name))))
        {
            foreach (var adjective in entry.Adjectives)
                yield return adjective;
            yield return entry.Capital;
        }
        foreach (var name in names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // "West African Federation": the words before its form are an adjective.
            if (words.Length >= 2 && FormWords.Contains(words[^1].ToLowerInvariant()) && !words.Any(w => w is "of" or "the"))
                yield return string.Join(' ', words[..^1]);
            if (words.Length == 1 && name.EndsWith("ia", StringComparison.Ordinal))
                yield return name + "n";
        }
    }

    public static string? CapitalOf(Nation nation)
    {
        var names = nation.Aliases.Prepend(nation.Name).Select(Folded.Key).ToList();
        return Entries.Where(e => names.Contains(Folded.Key(e.Name))).Select(e => e.Capital).FirstOrDefault();
    }

    // Abbreviations in capitals only: "US State Dept" is the United States, "send us" is not.
    private static readonly (string Abbreviation, string Name)[] Abbreviations =
        [
            ("US", "United States"), ("UK", "United Kingdom"), ("UAE", "United Arab Emirates"), ("ROK", "South Korea"), ("DPRK", "North Korea"), ("PRC", "China"),
            // Two-letter country codes as chats write them ("PH DFA", "JP MOFA"), where the code is no English word.
            ("PH", "Philippines"), ("NO", "Norway"), ("JP", "Japan"), ("VN", "Viet Nam"), ("VN", "Vietnam"), ("CN", "China"), ("RU", "Russia"), ("DE", "Germany"), ("FR", "France"),
            ("TH", "Thailand"), ("AU", "Australia"), ("EG", "Egypt"), ("BR", "Brazil"), ("TR", "Turkey"), ("CH", "Switzerland"), ("KR", "South Korea"), ("SG", "Singapore"),
        ];

    /// <summary>The nation a capitalised abbreviation in <paramref name="phrase"/> stands for, when the game has it.</summary>
    public static Nation? ByAbbreviation(string phrase, ForumWorld world)
    {
        var words = phrase.Split([' ', ',', '(', ')', '.', ':', '/', '*', '[', ']'], StringSplitOptions.RemoveEmptyEntries);
        // Words before flags: "TH MFA 🇻🇳➡️🇹🇭" decorates the line with both nations' flags.
        // "Linda R. (AUS Defence)": the game's own code of a nation, in capitals.
        return world.Nations.FirstOrDefault(n => n.Code.Length == 3 && words.Contains(n.Code, StringComparer.Ordinal))
            ?? Abbreviations.Where(a => words.Contains(a.Abbreviation, StringComparer.Ordinal))
                .Select(a => world.Nations.FirstOrDefault(n => n.Aliases.Prepend(n.Name).Any(name => Folded.Key(name) == Folded.Key(a.Name))))
                .FirstOrDefault(n => n is not null)
            ?? ByFlag(phrase, world);
    }

    // "🇮🇳 MEA → 🇯🇵 MOFA": a flag is two regional indicator letters, the nation's ISO code.
    private static Nation? ByFlag(string phrase, ForumWorld world)
    {
        for (var i = 0; i + 3 < phrase.Length; i++)
        {
            if (!char.IsSurrogatePair(phrase, i) || char.ConvertToUtf32(phrase, i) is not (>= 0x1F1E6 and <= 0x1F1FF) || !char.IsSurrogatePair(phrase, i + 2))
                continue;
            var (first, second) = (char.ConvertToUtf32(phrase, i), char.ConvertToUtf32(phrase, i + 2));
            if (second is < 0x1F1E6 or > 0x1F1FF)
                continue;
            var code = new string([(char)('A' + first - 0x1F1E6), (char)('A' + second - 0x1F1E6)]);
            try
            {
                var alpha3 = new System.Globalization.RegionInfo(code).ThreeLetterISORegionName;
                if (world.Nations.FirstOrDefault(n => n.Code == alpha3) is { } nation)
                    return nation;
            }
            catch (ArgumentException)
            {
                // Not a region this machine's culture data knows.
            }
            i += 3;
        }
        return null;
    }

    public static bool IsCity(string name) => Capitals.Contains(Folded.Key(name));
}
