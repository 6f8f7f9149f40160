using System.Text.RegularExpressions;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.World;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>The letter's header: who writes to whom, about what, at which classification.</summary>
internal sealed record Header(Ministry? From, Ministry? To, string? Subject, string? InReplyToSubject, Classification Classification);

/// <summary>
/// Reads the header from labels ("[Recipient]:", "To:", "From:", "Subject:", "Re:", "Reply to:",
/// "Security Clearance:"), from a note verbale's opening formula ("X presents its compliments to Y"),
/// or from a letterhead line and a "To the ..." salutation.
/// </summary>
internal static partial class HeaderReader
{
    [GeneratedRegex(@"(?:^|(?<=[\s|·]))\[?(?<label>recipient|addressee|to|sender|from|subject|re|reply to|in reply to|security clearance|classification|clearance)\]?\s*:", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\[?(?:recipient|addressee|to|sender|from|subject|re|reply to|in reply to|security clearance|classification|clearance)\]?\s*:", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"(?<sender>the [^\n]{5,200}?) presents its compliments to (?<recipient>the [^\n]{5,200}?) and (?:has the honour|avails)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoteVerbale();

    [GeneratedRegex(@"^\s*To (?<recipient>(?:his |her )?(?:excellency )?the [^\n,:]{5,200})", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"<[^<>\n]{0,80}>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Handle();

    public static Header Read(string text, ForumWorld world, List<Unresolved> unresolved)
    {
        var labels = Labelled(text);
        string? recipient = labels.GetValueOrDefault("to"), sender = labels.GetValueOrDefault("from");
        if ((recipient is null || sender is null) && NoteVerbale().Match(text) is { Success: true } note)
        {
            recipient ??= note.Groups["recipient"].Value;
            sender ??= note.Groups["sender"].Value;
        }
        if (recipient is null && Salutation().Match(text) is { Success: true } salutation)
            recipient = salutation.Groups["recipient"].Value;
        // A letterhead: the first line that names a nation and a ministry.
        sender ??= text.Split('\n').Take(5).FirstOrDefault(line => Ministries.KindIn(line) is not null && Resolve(line, world) is not null);

        var from = Resolve(sender, world);
        var to = Resolve(recipient, world);
        if (from is null)
            unresolved.Add(new(sender ?? "", sender is null ? "no sender found: write \"From: <ministry>, <nation>\"" : "the sender names no ministry of a nation in this game"));
        if (to is null)
            unresolved.Add(new(recipient ?? "", recipient is null ? "no recipient found: write \"To: <ministry>, <nation>\"" : "the recipient names no ministry of a nation in this game"));

        var subject = labels.GetValueOrDefault("subject");
        var reply = labels.GetValueOrDefault("reply");
        return new Header(from, to, subject, reply, Classify(labels.GetValueOrDefault("classification"), text));
    }

    /// <summary>A line that only carries the header ("To: ...", "[Subject]: ..."): the draft's fields hold it, so the body leaves it out.</summary>
    public static bool IsLabelLine(string line) => LabelLine().IsMatch(line);

    /// <summary>The ministry a phrase names: its minister, or its nation and kind (Foreign Affairs when no kind is said).</summary>
    internal static Ministry? Resolve(string? phrase, ForumWorld world)
    {
        if (string.IsNullOrWhiteSpace(phrase))
            return null;
        var folded = new Folded(phrase);
        var byMinister = world.Ministries.FirstOrDefault(m => m.MinisterName is { } name && folded.FindAll(Folded.Key(LastName(name))).Any());
        var nation = world.NationsIn(folded, 0, folded.Text.Length).Select(n => n.Nation).FirstOrDefault();
        if (nation is null)
            return byMinister;
        var kind = Ministries.KindIn(phrase) ?? MinistryKind.ForeignAffairs;
        return world.Ministries.FirstOrDefault(m => m.Nation == nation.Code && m.Kind == kind)
            ?? (byMinister?.Nation == nation.Code ? byMinister : null);
    }

    private static string LastName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static Dictionary<string, string> Labelled(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = Label().Matches(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var key = matches[i].Groups["label"].Value.ToLowerInvariant() switch
            {
                "recipient" or "addressee" or "to" => "to",
                "sender" or "from" => "from",
                "subject" or "re" => "subject",
                "reply to" or "in reply to" => "reply",
                _ => "classification",
            };
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var lineEnd = text.IndexOf('\n', start);
            if (lineEnd >= 0 && lineEnd < end)
                end = lineEnd;
            var value = Handle().Replace(text[start..end], " ").Trim().Trim('"', '“', '”', '\'', ' ', '·', '-');
            if (value.Length > 0)
                values.TryAdd(key, value);
        }
        return values;
    }

    // Labelled first; otherwise the first classification word in the first lines.
    private static Classification Classify(string? labelled, string text)
    {
        if (labelled is not null && Classification(labelled) is { } level)
            return level;
        var head = string.Join('\n', text.Split('\n').Take(6));
        return Classification(head) ?? Domain.Communiques.Classification.Public;
    }

    private static Classification? Classification(string text)
    {
        var lower = text.ToLowerInvariant();
        (string Word, Classification Level)[] words =
        [
            ("top secret", Domain.Communiques.Classification.Secret), ("secure and encrypted", Domain.Communiques.Classification.Secret),
            ("secret", Domain.Communiques.Classification.Secret), ("restricted", Domain.Communiques.Classification.Confidential),
            ("confidential", Domain.Communiques.Classification.Confidential), ("unclassified", Domain.Communiques.Classification.Public),
            ("public", Domain.Communiques.Classification.Public),
        ];
        return words.Select(w => (At: lower.IndexOf(w.Word, StringComparison.Ordinal), w.Level)).Where(w => w.At >= 0)
            .OrderBy(w => w.At).Select(w => (Classification?)w.Level).FirstOrDefault();
    }
}

/// <summary>Ministry kinds as letters name them.</summary>
internal static class Ministries
{
    public static MinistryKind? KindIn(string phrase)
    {
        var lower = phrase.ToLowerInvariant();
        if (lower.Contains("foreign", StringComparison.Ordinal) || lower.Contains("external affairs", StringComparison.Ordinal) || lower.Contains("relaciones exteriores", StringComparison.Ordinal) || lower.Contains("state department", StringComparison.Ordinal))
            return MinistryKind.ForeignAffairs;
        if (lower.Contains("defence", StringComparison.Ordinal) || lower.Contains("defense", StringComparison.Ordinal))
            return MinistryKind.Defence;
        if (lower.Contains("trade", StringComparison.Ordinal) || lower.Contains("commerce", StringComparison.Ordinal))
            return MinistryKind.Trade;
        if (lower.Contains("energy", StringComparison.Ordinal))
            return MinistryKind.Energy;
        if (lower.Contains("interior", StringComparison.Ordinal) || lower.Contains("home affairs", StringComparison.Ordinal))
            return MinistryKind.Interior;
        if (lower.Contains("prime minister", StringComparison.Ordinal) || lower.Contains("head of government", StringComparison.Ordinal))
            return MinistryKind.HeadOfGovernment;
        return null;
    }
}
