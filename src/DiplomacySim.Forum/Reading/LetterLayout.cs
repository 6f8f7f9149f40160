using System.Text.RegularExpressions;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>
/// Where a letter's parts stand: its first lines (the head), the letterhead (the first block of short
/// lines, unless it is the recipient's address block, which has a street or a postcode), the lines
/// that address it ("To the ...", "Dear Minister ..."), and the signature at its foot.
/// </summary>
internal sealed partial class LetterLayout
{
    private const int HeadLines = 8;

    /// <summary>How much of the letter's top its header is looked for in.</summary>
    public const int HeadLength = 4_000;
    private const int ShortLine = 100;

    [GeneratedRegex(@"^(?:to|attn\.?|for the attention of)\s+(?!(?:that|this|these|those|do|be|our|date|us|you|me|it|them|carry|put|make)\b)\S", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Addressing();

    // "Minister," and "Mr. Secretary," greet; "Minister for Foreign Affairs" is a title line of an address block.
    [GeneratedRegex(@"^(?:dear|excellency|your excellency|madam|monsieur|comrade|sir)\b|^(?:hello|hi|hey|greetings),? (?:to )?(?:the )?\p{Lu}|^(?:mr\.?|minister|mister)\b[^\n]{0,40}[,!:]\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GreetingLine();

    // The first line of a block addressed to a person: "His Excellency ...", "Secretary Teodoro Locsin Jr.", "Ibu Retno Marsudi".
    [GeneratedRegex(@"^(?:(?:his|her) excellency|h\.\s?e\.|the (?:right )?hon(?:ou?rable|\.)|hon\.|(?:mr|mrs|ms|dr)\.?\s+\p{Lu}|(?:ibu|bapak|pak|smt\.?|shri|sri|monsieur|madame|herr|frau|señor|señora)\s+\p{Lu}|(?:secretary|minister|ambassador|general|admiral|president|prime minister)\s+\p{Lu}\p{Ll})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AddresseeLine();

    [GeneratedRegex(@"\b(?:regards|sincerely|respectfully|with respect|faithfully|cheers|thanks|thx|consideration|hilsen|yours)\b[,.!]?\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\b\d{1,5}\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StreetOrPostcode();

    private readonly List<string> lines;

    public LetterLayout(string text)
    {
        lines = [.. text.Split('\n').Select(l => l.Trim().TrimStart('>', ' ').Trim())];
        var filled = lines.Where(l => l.Length > 0).ToList();
        FirstLine = filled.FirstOrDefault() ?? "";
        var head = string.Join('\n', filled.Take(HeadLines));
        Head = head.Length > HeadLength ? head[..HeadLength] : head;
        var (block, next) = FirstBlock();
        // A letterhead may print its own street ("37, quai d'Orsay"): it is the sender's when the letter
        // is dated from a city it names ("Paris, 4 March"), or when a second address block follows it.
        var following = FollowingBlock(next);
        if (IsAddress(block) && !AddressedTo(block) && !DatedFrom(block, lines.Skip(next).Where(l => l.Length > 0).Take(4)) && !IsAddress(following) && !AddressedTo(following))
            AddressBlock = string.Join(' ', block);
        else if (block.Count > 0)
        {
            Letterhead = string.Join(' ', block);
            // A letterhead, then the recipient's address block below it (a marking or a date line between them).
            if (IsAddress(following) || AddressedTo(following) || aboveGreeting)
                AddressBlock = string.Join(' ', following);
        }
        Salutations = [.. filled.Take(HeadLines * 3).Where(l => l.Length <= 160 && Addressing().IsMatch(l) && !HeaderLabels.IsLabelLine(l))];
        Greeting = filled.FirstOrDefault(l => GreetingLine().IsMatch(l) && l.Length <= 80);
        Tail = filled.TakeLast(10).ToList();
    }

    public string FirstLine { get; }
    public string Head { get; }
    public string? Letterhead { get; }
    public string? AddressBlock { get; }
    public List<string> Salutations { get; }
    public string? Greeting { get; }
    private List<string> Tail { get; }

    /// <summary>
    /// The signature: the line among the last ones that names a minister of the game (with the title
    /// lines after it), else what follows a closing ("Regards,") or a dash, else the last short lines.
    /// </summary>
    public string? Signature(ForumWorld world)
    {
        for (var i = Tail.Count - 1; i >= 0; i--)
        {
            var folded = new Folded(Tail[i]);
            if (Tail[i].Length <= 160 && world.Ministries.Any(m => m.MinisterName is { } name && folded.FindAll(Folded.Key(name.Split(' ')[^1])).Any()))
                return string.Join(' ', Tail.Skip(i).Take(3).TakeWhile((l, n) => n == 0 || (l.Length <= ShortLine && !l.EndsWith('.'))));
        }
        var closing = Tail.FindLastIndex(l => Closing().IsMatch(l) || l.StartsWith("— ", StringComparison.Ordinal) || l.StartsWith("- ", StringComparison.Ordinal));
        if (closing >= 0)
        {
            var after = Closing().IsMatch(Tail[closing]) ? Tail.Skip(closing + 1) : Tail.Skip(closing);
            return string.Join(' ', after.Where(l => l.Length <= ShortLine).Take(3));
        }
        // A signature written into the last line of a one-paragraph letter: what follows its closing word.
        var last = Tail.LastOrDefault() ?? "";
        var regards = Regex.Match(last, @"\b(?:regards|sincerely|respectfully|with respect|yours)\b[,.]?", RegexOptions.IgnoreCase | RegexOptions.RightToLeft, TimeSpan.FromSeconds(1));
        return regards.Success && last.Length - regards.Index < 300 ? last[(regards.Index + regards.Length)..] : null;
    }

    [GeneratedRegex(@"^(?<city>\p{Lu}[\p{L} .'-]{1,40}),\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateLine();

    // "Paris, 4 March 2019" below a block that prints Paris: the letter is written where that block is.
    private static bool DatedFrom(List<string> block, IEnumerable<string> after) =>
        after.Select(l => DateLine().Match(l)).FirstOrDefault(m => m.Success) is { } dated
        && block.Exists(l => l.Contains(dated.Groups["city"].Value.Trim(), StringComparison.OrdinalIgnoreCase));

    // The next block of two lines or more after line <paramref name="from"/>: a one-line block between
    // (a marking, "CONFIDENTIAL"; a date) is passed over; at most three blocks are looked at.
    // A block that stands just above the subject line or the greeting is the one the letter is addressed to.
    private List<string> FollowingBlock(int from)
    {
        for (var n = 0; n < 3 && from < lines.Count; n++)
        {
            var start = from;
            while (start < lines.Count && lines[start].Length == 0)
                start++;
            var block = Block(lines.Skip(start));
            if (block.Count != 1)
            {
                var after = lines.Skip(start + block.Count).FirstOrDefault(l => l.Length > 0) ?? "";
                aboveGreeting = block.Count >= 2 && (HeaderLabels.IsLabelLine(after) || GreetingLine().IsMatch(after) || after.StartsWith("Dear ", StringComparison.OrdinalIgnoreCase));
                return block;
            }
            from = start + 1;
        }
        return [];
    }

    private bool aboveGreeting;

    private static bool AddressedTo(List<string> block) => block.Count >= 2 && AddresseeLine().IsMatch(block[0]);

    private static bool IsAddress(List<string> block) =>
        block.Count >= 3 && block.Exists(l => StreetOrPostcode().IsMatch(l) && !l.StartsWith("no", StringComparison.OrdinalIgnoreCase));

    // The first block of short lines, and the index of the line after it.
    private (List<string> Block, int Next) FirstBlock()
    {
        var skipped = lines.TakeWhile(l => l.Length == 0 || PostTitleLike(l)).Count();
        var block = Block(lines.Skip(skipped));
        return (block, skipped + block.Count);
    }

    // A block of short lines that is not a label, an addressing line, a greeting or a date line.
    private static List<string> Block(IEnumerable<string> from)
    {
        var block = new List<string>();
        foreach (var line in from)
        {
            if (line.Length == 0 || line.Length > ShortLine || HeaderLabels.IsLabelLine(line) || Addressing().IsMatch(line) || GreetingLine().IsMatch(line))
                break;
            block.Add(line);
            if (block.Count == 6)
                break;
        }
        return block;
    }

    private static bool PostTitleLike(string line) => line.TrimStart('#', ' ').StartsWith('[') && line.Contains(']', StringComparison.Ordinal) && !HeaderLabels.IsLabelLine(line) && line.IndexOf(']', StringComparison.Ordinal) < 27;
}
