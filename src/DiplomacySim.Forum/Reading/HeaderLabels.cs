using System.Text.RegularExpressions;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// The labelled fields of a header: "To:", "[Recipient]:", "Addressed to:", "From:", "Subject:",
/// "Re:", "Reply to:", "Security Clearance:", "Classification:", several to a line or one a line.
/// </summary>
internal static partial class HeaderLabels
{
    private const string Names = "recipient|addressee|addressed to|for the attention of|attention|attn|to|for|sender|from|subject|concerning|regarding|object|re|reply to|in reply to|security clearance|classification|clearance";

    [GeneratedRegex(@"(?:^|(?<=[\s|·]))\[?(?<label>" + Names + @")\]?\s*:", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\[?(?:" + Names + @")\]?\s*:", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"<[^<>\n]{0,80}>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Handle();

    private static bool PreviousIsSubject(string text, Match re)
    {
        var before = text[Math.Max(0, re.Index - 16)..re.Index].TrimEnd();
        return before.EndsWith("subject:", StringComparison.OrdinalIgnoreCase) || before.EndsWith("subject]:", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsLabelLine(string line) => LabelLine().IsMatch(line);

    public static Dictionary<string, string> Read(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        // "Subject: Re: X" is one subject, not an empty subject and a second one.
        var matches = Label().Matches(text).Where((m, i) => !(m.Groups["label"].Value.Equals("re", StringComparison.OrdinalIgnoreCase) && i > 0 && PreviousIsSubject(text, m))).ToList();
        for (var i = 0; i < matches.Count; i++)
        {
            var key = matches[i].Groups["label"].Value.ToLowerInvariant() switch
            {
                "recipient" or "addressee" or "to" or "for" or "addressed to" or "for the attention of" or "attention" or "attn" => "to",
                "sender" or "from" => "from",
                "subject" or "concerning" or "regarding" or "object" => "subject",
                // A "Re:" line of its own is a subject or the letter a reply answers: the reading decides (HeaderReader).
                "re" => "re",
                "reply to" or "in reply to" => "reply",
                _ => "classification",
            };
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var lineEnd = text.IndexOf('\n', start);
            if (lineEnd >= 0 && lineEnd < end)
                end = lineEnd;
            var value = Handle().Replace(text[start..end], " ").Trim().Trim('"', '“', '”', '\'', ' ', '·', '-', '@');
            if (value.Length > 0)
                values.TryAdd(key, value);
        }
        return values;
    }
}
