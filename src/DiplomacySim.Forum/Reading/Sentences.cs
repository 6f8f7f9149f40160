using System.Text.RegularExpressions;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// A sentence of the plain text: [Start, End), whether it opened a numbered or bulleted item, and
/// whether it goes on from the one before (split off at ", and offers ...": it asks as that one does).
/// </summary>
internal sealed record Sentence(int Start, int End, bool StartsItem, int Paragraph, bool Continues = false)
{
    public string Of(string text) => text[Start..End];
}

/// <summary>
/// Splits plain text into sentences: at line breaks, at sentence ends (not after "Mr." or "No."),
/// at bullets written inside a line ("• access to ... • refuelling ..."), and where a sentence goes
/// on to a second request (", and offers ...", " and also asks ...", ", and then open an embassy"). Linear in the text.
/// </summary>
internal static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "mr", "mrs", "ms", "dr", "st", "no", "gen", "adm", "col", "lt", "h.e", "e", "jr", "sr", "vs", "etc", "approx" };

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[-*•·]|\(\w\))\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^,?\s*(?:and|while|whereas|as well as)\s+(?:(?:we|I|it|they)\s+)?(?:also\s+|further\s+|would\s+also\s+)?(?:offers|proposes|requests|asks|invites|seeks|would|wishes|hopes|requesting|asking|offering|proposing)\b|^,\s*and\s+(?:also\s+)?that\b|^,\s*and\s+(?:then\s+)?(?:to\s+)?(?:open|establish|set up|sign|conclude|exchange)\s+(?:an?|the|our|your|its|formal|diplomatic)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SecondRequest();

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.Length;
            var line = text[lineStart..lineEnd];
            if (line.Trim().Length == 0)
                paragraph++;
            else
                SplitLine(text, lineStart, lineEnd, paragraph, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var marker = ItemMarker().Match(text[start..end]);
        var startsItem = marker.Success;
        var from = start + (marker.Success ? marker.Length : 0);
        var pendingContinues = false;
        for (var i = from; i < end; i++)
        {
            var c = text[i];
            var boundary = false;
            var next = i + 1;
            var continues = false;
            // "Two things. 1) ... 2) ...": an item numbered inside a line begins as a bullet does.
            if ((c == '•' && i > from && char.IsWhiteSpace(text[i - 1])) || InlineNumber(text, i, from, end) is > 0)
            {
                if (c != '•')
                {
                    Add(text, from, i, startsItem, paragraph, sentences);
                    startsItem = true;
                    i += InlineNumber(text, i, from, end) - 1;
                    from = i + 1;
                    continue;
                }
                Add(text, from, i, startsItem, paragraph, sentences);
                startsItem = true;
                from = i + 1;
                continue;
            }
            if (c is '.' or '!' or '?' or ';' && (next >= end || char.IsWhiteSpace(text[next])))
                boundary = c != '.' || !IsAbbreviation(text, from, i);
            else if (c is ',' or ' ' && next < end && text[next] is 'a' or 'w' or ' ' or 'A' && SecondRequest().IsMatch(text.AsSpan(i, Math.Min(40, end - i)).ToString()))
                boundary = continues = true;
            if (!boundary)
                continue;
            Add(text, from, continues ? i : i + 1, startsItem, paragraph, sentences, pendingContinues);
            pendingContinues = continues;
            startsItem = false;
            from = i + 1;
        }
        Add(text, from, end, startsItem, paragraph, sentences, pendingContinues);
    }

    private static void Add(string text, int start, int end, bool startsItem, int paragraph, List<Sentence> sentences, bool continues = false)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new Sentence(start, end, startsItem, paragraph, continues));
    }

    // The length of "1) " at i when it stands after a space inside the line; 0 otherwise.
    private static int InlineNumber(string text, int i, int from, int end)
    {
        if (i <= from || !char.IsWhiteSpace(text[i - 1]) || !char.IsAsciiDigit(text[i]))
            return 0;
        var j = i + 1;
        if (j < end && char.IsAsciiDigit(text[j]))
            j++;
        return j + 1 < end && text[j] == ')' && text[j + 1] == ' ' ? j + 2 - i : 0;
    }

    private static bool IsAbbreviation(string text, int from, int dot)
    {
        var wordStart = dot;
        while (wordStart > from && !char.IsWhiteSpace(text[wordStart - 1]))
            wordStart--;
        var word = text[wordStart..dot];
        // "No. 5", "Mr. Vassilenko", and an initial ("B. Tsogtbaatar").
        // "U.S. Air Force", "e.g. fuel": letters with dots between them.
        var dotted = word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(part => part.Length is >= 1 and <= 2 && part.All(char.IsLetter));
        return Abbreviations.Contains(word) || dotted || (word.Length == 1 && char.IsUpper(word[0])) || (word.Length > 0 && word.All(char.IsDigit) && word.Length <= 2 && dot == from + word.Length);
    }
}
