using System.Globalization;
using System.Text;

namespace DiplomacySim.Forum.Text;

/// <summary>
/// Text folded one character for one (lowercase, no diacritics, anything but letters and digits a
/// space), so that a name is found however it is written and where it is found is where it stands.
/// </summary>
internal sealed class Folded
{
    public Folded(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
            folded.Append(Fold(c));
        Text = folded.ToString();
    }

    public string Text { get; }

    public static string Key(string name)
    {
        var folded = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            var f = Fold(c);
            if (f == ' ')
            {
                space = folded.Length > 0;
                continue;
            }
            if (space)
                folded.Append(' ');
            space = false;
            folded.Append(f);
        }
        return folded.ToString();
    }

    /// <summary>Every start of <paramref name="key"/> (already folded) as whole words within [from, to).</summary>
    public IEnumerable<int> FindAll(string key, int from = 0, int to = int.MaxValue)
    {
        if (key.Length == 0)
            yield break;
        to = Math.Min(to, Text.Length);
        // Searched within [from, to) only: a name looked for in every sentence must not scan the rest of the post each time.
        for (var at = from; at + key.Length <= to && (at = Text.IndexOf(key, at, to - at, StringComparison.Ordinal)) >= 0; at++)
        {
            var before = at == 0 || Text[at - 1] == ' ';
            var after = at + key.Length == Text.Length || Text[at + key.Length] == ' ';
            if (before && after)
                yield return at;
        }
    }

    private static char Fold(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
            return char.ToLowerInvariant(c);
        if (!char.IsLetterOrDigit(c))
            return ' ';
        var special = char.ToLowerInvariant(c) switch
        {
            'đ' => 'd',
            'ø' => 'o',
            'ł' => 'l',
            'ı' => 'i',
            'ß' => 's',
            'æ' => 'a',
            'œ' => 'o',
            _ => '\0',
        };
        if (special != '\0')
            return special;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                return char.ToLowerInvariant(d);
        }
        return char.ToLowerInvariant(c);
    }
}
