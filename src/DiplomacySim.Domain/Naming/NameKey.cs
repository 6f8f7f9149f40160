using System.Globalization;
using System.Text;

namespace DiplomacySim.Domain.Naming;

/// <summary>
/// The form of a name used to compare names the way players write them: "Yen Bai air base" must find
/// "Yên Bái Air Base". Case, diacritics, punctuation and runs of white space are ignored.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && key.Length > 0)
                    key.Append(' ');
                pendingSpace = false;
                key.Append(Fold(char.ToLowerInvariant(c)));
            }
            else
            {
                // Apostrophes join ("Xi'an" ~ "Xian"); every other separator splits words.
                pendingSpace |= c is not ('\'' or '’');
            }
        }
        return key.ToString();
    }

    public static bool Same(string a, string b) => Of(a) == Of(b);

    // Letters that Unicode does not decompose into a base letter and a mark. Ligatures spell out
    // both letters, as writers without them do ("Straße" ~ "Strasse", "Cœur" ~ "Coeur").
    private static string Fold(char c) => c switch
    {
        'đ' => "d",
        'ø' => "o",
        'ł' => "l",
        'ı' => "i",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        _ => c.ToString(),
    };
}
