namespace DiplomacySim.Domain.Naming;

/// <summary>
/// A nation's name as a sentence writes it: "the Kingdom of Thailand", "the Russian Federation",
/// "the Philippines", but "Japan" and "Viet Nam". A state's formal name is a title, and English puts
/// the article before it; a short name takes none. Messages, consent letters and exports all word
/// nations through here.
/// </summary>
public static class NationNames
{
    // A name holding one of these words is a title ("Socialist Republic of Viet Nam", "United States of America").
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Republic", "Kingdom", "Federation", "Union", "States", "State", "Emirates", "Commonwealth", "Sultanate",
        "Emirate", "Principality", "Duchy", "Islands", "Confederation", "Empire", "Caliphate", "Dominion", "Realm",
        "Protectorate", "Federated", "Holy", "Territory", "Mandate", "Imamate", "Khanate", "Republics",
    };

    // Short names that English says with the article all the same.
    private static readonly HashSet<string> PluralOrCustomary = new(StringComparer.OrdinalIgnoreCase)
    {
        "Philippines", "Netherlands", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles", "Vatican", "Holy See",
    };

    /// <summary>The name as it stands inside a sentence, with its article where it takes one.</summary>
    public static string InProse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            return "the " + trimmed[4..];
        var words = trimmed.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(TitleWords.Contains) || PluralOrCustomary.Contains(trimmed) ? "the " + trimmed : trimmed;
    }

    /// <summary><paramref name="text"/> with its first letter capital, for a sentence that begins with a name ("The Kingdom of ...").</summary>
    public static string AtStart(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
