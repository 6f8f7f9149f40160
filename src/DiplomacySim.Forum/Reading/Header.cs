using System.Text.RegularExpressions;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.World;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Reading;

/// <summary>The letter's header: who writes to whom, about what, at which classification.</summary>
internal sealed record Header(Ministry? From, Ministry? To, string? Subject, string? InReplyToSubject, Classification Classification)
{
    /// <summary>Who signs, as a delegation's head is written ("Secretary of State Mike Pompeo"); null when unknown.</summary>
    public string? Writer { get; init; }

    /// <summary>
    /// The subject came from a "Re:" line of its own, which names a letter's subject or the letter a reply
    /// answers (as mail does): it is the second when the post reads as a reply, else the first.
    /// </summary>
    public bool SubjectMayBeReply { get; init; }

    /// <summary>The person the letter greets by title or name ("Dear Secretary Locsin," → "Secretary Locsin"), or null.</summary>
    public string? Addressee { get; init; }
}

/// <summary>
/// Reads the header as a reader finds it, from the surest place to the least sure: labels ("To:",
/// "[Sender]:"), a note verbale's "X presents its compliments to Y", a chat's "X → Y" or "@Y", then
/// the letter's layout (a letterhead, an address block, a "To the ..." line, a signature) and a
/// forum post's narrative ("has sent the following message to ...").
/// </summary>
internal static partial class HeaderReader
{
    [GeneratedRegex(@"(?<sender>the [^\n]{5,200}?) presents (?:its|his|her) compliments to (?<recipient>the [^\n]{5,200}?)(?: and(?= has\b| avails\b| ha[sv]e? the honou?r\b|,)|,(?! Trade\b))", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoteVerbale();

    [GeneratedRegex(@"^\[?\**(?<sender>[^\n→➜➔]{2,80}?)\s*(?:→|➜|➔|->|=>)\s*(?<recipient>[^\n]{2,120})", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Arrow();

    // "@Kōno-san", and after a chat's speaker: "Viet Nam MFA: @China (Wang Yi) ok so ...", "Linda R. (AUS Defence): [CONFIDENTIAL] @Jim Mattis".
    [GeneratedRegex(@"^(?:(?<speaker>[^\n:@]{2,60}):\s*(?:\[[^\]\n]{1,30}\]\s*)?)?\s*@(?<recipient>[\p{L}][\p{L}\p{N} _.-]{1,60})", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Mention();

    // "hello Myrrhia 👋 Cairo would like ...": a chat that greets its recipient by name.
    [GeneratedRegex(@"^\s*(?:hey|hi|hello|yo|greetings),?\s+(?:to\s+)?(?:the\s+)?(?-i:(?<recipient>\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+){0,3}))", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChatGreeting();

    [GeneratedRegex(@"^\s*(?:(?:hey|hi|hello|yo|greetings|ok|so)\b[^\n,.!]{0,30}[,!]\s*)?(?<sender>[^\n,.!]{2,80}?) here\b", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChatSender();

    [GeneratedRegex(@"\b(?:(?:sent|delivered|addressed|handed|released|wrote|written|passed|carried|conveyed|forwarded|transmitted|dispatched)\b[^\n.]{0,80}?\bto|(?:message|letter|note) (?:from [^\n.]{2,80}? )?to)\s+(?<recipient>(?:the )?[^\n.:,;]{3,120})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Narrative();

    [GeneratedRegex(@"^[#\s]*(?:\[(?:DIPLOMACY|DIPLO|NEWS|EVENT|CONFLICT|SECRET|M|RP)\]|\[[A-Z ]{3,20}\])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostTitle();

    [GeneratedRegex(@"^(?:re:\s*)?your (?:\w+ )?(?:letter|note verbale|note|communiqu[eé]|message|proposal|request|post|memorandum)(?: of [^,]{1,30}?)? (?:on|about|regarding|concerning) (?<subject>\S.{0,120})$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YourLetterOn();

    [GeneratedRegex(@"^(?:re|aw|antw)\s*:\s*(?<original>\S.*)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReSubject();

    // "In response to your letter of 3 March regarding X", "With reference to your note No. 12 on "X"",
    // "Thank you for your communique concerning X": a reply that names, in prose, the subject it answers.
    [GeneratedRegex(@"\b(?:in (?:response|reply|answer) to|with reference to|referring to|further to|thank(?:s| you) (?:very much )?for|(?:got|received|read|saw|re)|we acknowledge(?: receipt of)?|acknowledging) (?:your|the|its)(?: [\p{L}-]+['’]s)? (?:(?:kind|recent|last|latest|esteemed|official) )?(?:letter|note verbale|note|communiqu[eé]|message|proposal|request|post|dm|memorandum)(?: (?:of|dated|from) (?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?|yesterday|last week|today)(?:,? \d{4})?)?(?: \(?No\.? ?[\w/-]{1,20}\)?)?,? (?:regarding|concerning|about|on|entitled|titled|headed|on the subject of|with the subject|in the matter of|re:?) (?<subject>""[^""\n]{1,120}""|“[^”\n]{1,120}”|[^\n.;:!?()""“]{1,120})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProseReply();

    // What ends the subject a prose opening names: the rest of its sentence ("... , which we have studied").
    // A comma ends it where a new clause begins ("Beef, education and a visit, please find ...", "Cam Ranh, Viet Nam answers").
    [GeneratedRegex(@"(?:,\s*(?=\p{Lu}|(?i:please|kindly|which|we|i|our|it|this|that|let|allow|permit|and (?:we|i))\b)|\s+(?i:which|that|and (?:I|we)|I|we|is|has|have)\b).*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectTail();

    // "Re your post "X"", "Ref.: Your letter No. 112/BQP, "X"", "Your letter: "X"": the answered letter by its quoted subject.
    [GeneratedRegex(@"^\W*(?:(?:re|ref)\.?:?\s+)?your (?:letter|note verbale|note|post|message|communiqu[eé]|proposal|memorandum)\b[^""“\n]{0,40}?[""“](?<subject>[^""”\n]{1,120})[""”]|^\W*(?:re|ref)\.?:?\s+[""“](?<subject>[^""”\n]{1,120})[""”]", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedReply();

    /// <summary>The subject a reply's opening sentence names, or null: only the letter's top is searched.</summary>
    private static string? ProseReplySubject(string text)
    {
        var top = text[..Math.Min(text.Length, LetterLayout.HeadLength)];
        if (QuotedReply().Match(top) is { Success: true } quoted)
            return quoted.Groups["subject"].Value.Trim();
        if (ProseReply().Match(top) is not { Success: true } match)
            return null;
        var subject = match.Groups["subject"].Value.Trim();
        var isQuoted = subject.Length > 1 && subject[0] is '"' or '“';
        subject = isQuoted ? subject.Trim('"', '“', '”').Trim() : SubjectTail().Replace(subject, "").Trim().TrimEnd(',', ' ');
        return subject.Length > 0 ? subject : null;
    }

    public static Header Read(string text, ForumWorld world, List<Unresolved> unresolved)
    {
        var labels = HeaderLabels.Read(text);
        var layout = new LetterLayout(text);
        var note = NoteVerbale().Match(text[..Math.Min(text.Length, LetterLayout.HeadLength)]);
        var arrow = Arrow().Match(layout.Head);
        var chat = ChatSender().Match(layout.Head);
        var at = Mention().Match(layout.Head);
        var told = Narrative().Match(layout.Head);
        // Where each is said, surest first. A note's opening formula stands at its top: only the top is
        // searched, so a post of the same words repeated costs no more.
        string?[] recipients =
        [
            labels.GetValueOrDefault("to"), note.Success ? note.Groups["recipient"].Value : null, arrow.Success ? arrow.Groups["recipient"].Value : null,
            at.Success ? at.Groups["recipient"].Value.Replace('-', ' ') : null, layout.AddressBlock, .. layout.Salutations,
            told.Success ? told.Groups["recipient"].Value : null, layout.Greeting, ChatGreeting().Match(layout.Head) is { Success: true } hello ? hello.Groups["recipient"].Value : null,
        ];
        string?[] senders =
        [
            labels.GetValueOrDefault("from"), note.Success ? note.Groups["sender"].Value : null, arrow.Success ? arrow.Groups["sender"].Value : null,
            chat.Success ? chat.Groups["sender"].Value : null, at.Groups["speaker"].Success ? at.Groups["speaker"].Value : null, layout.Letterhead, layout.Signature(world),
            // Last, a post's title names who acts first ("[DIPLOMACY] Cairo reaches out to Ankara").
            PostTitle().IsMatch(layout.FirstLine) ? layout.FirstLine : null,
        ];
        var (to, recipient) = First(recipients, world, null);
        // Whoever writes is not whom the letter goes to: a sender found in the layout that names the
        // recipient is passed over (a labelled one is what the player wrote, and the rules judge it).
        var (from, sender) = Resolve(senders[0], world) is { } labelled ? (labelled, senders[0]) : First(senders, world, to);
        // "Moscow, Frunzenskaya Embankment" names a nation but no ministry: a signature of that nation's minister says which.
        if (from is not null && senders[0] is null && Ministries.KindIn(sender ?? "") is null
            && senders.Skip(Array.IndexOf(senders, sender) + 1).Select(p => (Phrase: p, Ministry: Resolve(p, world))).FirstOrDefault(c => c.Ministry?.Nation == from.Nation && c.Ministry.Id != to?.Id && Ministries.KindIn(c.Phrase ?? "") is not null) is { Ministry: { } signed } better)
            (from, sender) = (signed, better.Phrase);
        if (from is null)
            unresolved.Add(new(sender ?? "", sender is null ? "no sender found: write \"From: <ministry>, <nation>\"" : "the sender names no ministry of a nation in this game"));
        if (to is null)
            unresolved.Add(new(recipient ?? "", recipient is null ? "no recipient found: write \"To: <ministry>, <nation>\"" : "the recipient names no ministry of a nation in this game"));

        var bareRe = labels.GetValueOrDefault("subject") is null ? labels.GetValueOrDefault("re") : null;
        var subject = labels.GetValueOrDefault("subject") ?? bareRe ?? (PostTitle().IsMatch(layout.FirstLine) ? TitleSubject(layout.FirstLine) : null);
        // "[DIPLOMACY] Re: Rails and Rubber": a post whose title answers another has no subject of its own.
        if (!labels.ContainsKey("subject") && bareRe is null && subject is not null && ReSubject().Match(subject) is { Success: true } titled)
        {
            labels.TryAdd("reply", titled.Groups["original"].Value.Trim());
            subject = null;
        }
        // "Re: your letter on the Clark detachment": no subject of its own, but the one it answers.
        if (subject is not null && YourLetterOn().Match(subject) is { Success: true } yours)
        {
            labels["reply"] = yours.Groups["subject"].Value.Trim();
            subject = null;
        }
        else if (labels.GetValueOrDefault("reply") is { } answered && YourLetterOn().Match(answered) is { Success: true } letter)
            labels["reply"] = letter.Groups["subject"].Value.Trim();
        // "Subject: Re: X" answers the letter about X, as mail does.
        var mayBeReply = bareRe is not null && subject is not null && !labels.ContainsKey("reply");
        var reply = labels.GetValueOrDefault("reply") ?? (subject is not null && ReSubject().Match(subject) is { Success: true } re ? re.Groups["original"].Value.Trim() : null)
            ?? (mayBeReply ? subject : null) ?? ProseReplySubject(text);
        return new Header(from, to, subject, reply, Classifications.Of(labels.GetValueOrDefault("classification"), layout.Head)) { Writer = Writer(layout.Signature(world), from), SubjectMayBeReply = mayBeReply, Addressee = Addressee(layout.Greeting) };
    }

    // "# [DIPLOMACY] Brasília looks across the Atlantic": the forum's tag is the board's, not the letter's;
    // a title that only says who writes to whom ("Hà Nội → Moscow") names no subject.
    private static string? TitleSubject(string line)
    {
        var title = PostTitle().Replace(line, "").Trim();
        return title.Length == 0 || Arrow().IsMatch(title) || title.Contains('→', StringComparison.Ordinal) ? null : title;
    }

    [GeneratedRegex(@"(?<title>(?:[A-Z][\p{L}-]* ){0,4}(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|Head)(?: (?:of|for|and) (?:the )?[A-Z][\p{L}-]*| [A-Z][\p{L}-]*){0,6})", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SignedTitle();

    // The sender's minister with the title the signature gives them: "Mike Pompeo, Secretary of State" → "Secretary of State Mike Pompeo".
    private static string? Writer(string? signature, Ministry? from)
    {
        if (from?.MinisterName is not { } name)
            return null;
        // The name is taken out first: "Marise Payne / Minister for Foreign Affairs" signs with a title after the name.
        var titled = signature?.Replace(name, " ", StringComparison.OrdinalIgnoreCase);
        var title = titled is null ? null : SignedTitle().Match(titled) is { Success: true } t ? t.Groups["title"].Value.Trim() : null;
        return title is null ? name : $"{title} {name}";
    }

    [GeneratedRegex(@"^(?:dear|my dear)\s+(?<who>(?:(?:Mr|Mrs|Ms|Dr|Madam|Mister)\.?\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})\s*[,!:]?\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DearName();

    private static string? Addressee(string? greeting) =>
        greeting is not null && DearName().Match(greeting) is { Success: true } dear && dear.Groups["who"].Value.Contains(' ', StringComparison.Ordinal) ? dear.Groups["who"].Value.Trim() : null;

    private static (Ministry? Ministry, string? Phrase) First(string?[] phrases, ForumWorld world, Ministry? not)
    {
        foreach (var phrase in phrases)
        {
            if (Resolve(phrase, world) is { } ministry && ministry.Id != not?.Id)
                return (ministry, phrase);
        }
        return (null, phrases.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>A line that only carries the header ("To: ...", "[Subject]: ..."): the draft's fields hold it, so the body leaves it out.</summary>
    public static bool IsLabelLine(string line) => HeaderLabels.IsLabelLine(line);

    /// <summary>The ministry a phrase names: its minister, or its nation (by name, adjective or capital) and kind (Foreign Affairs when no kind is said).</summary>
    internal static Ministry? Resolve(string? phrase, ForumWorld world)
    {
        if (string.IsNullOrWhiteSpace(phrase))
            return null;
        var folded = new Folded(phrase);
        var byMinister = world.Ministries.FirstOrDefault(m => m.MinisterName is { } name && folded.FindAll(Folded.Key(LastName(name))).Any());
        // "Dear Marise,": a greeting by first name names the one minister of that first name.
        if (byMinister is null && FirstNameGreeting().Match(phrase) is { Success: true } greeting
            && world.Ministries.Where(m => m.MinisterName is { } name && Folded.Key(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]) == Folded.Key(greeting.Groups["first"].Value)).ToList() is [var only])
            byMinister = only;
        var nation = world.NationsIn(folded, 0, folded.Text.Length, otherNames: true).Select(n => n.Nation).FirstOrDefault() ?? Gazetteer.ByAbbreviation(phrase, world);
        if (nation is null)
            return byMinister ?? ByTitle(folded, world);
        // A minister named is surer than a nation named beside them ("Mike Pompeo, Secretary of State, to Manila").
        if (byMinister is not null)
            return byMinister;
        var kind = Ministries.KindIn(phrase) ?? MinistryKind.ForeignAffairs;
        return world.Ministries.FirstOrDefault(m => m.Nation == nation.Code && m.Kind == kind)
            ?? world.Ministries.FirstOrDefault(m => m.Nation == nation.Code && m.Kind == MinistryKind.ForeignAffairs && Ministries.KindIn(phrase) is null);
    }

    // A ministry written by its title alone ("the Department of Foreign Affairs and Trade"): the longest title the phrase holds.
    // Two nations' ministries of the same title name neither.
    private static Ministry? ByTitle(Folded phrase, ForumWorld world)
    {
        var held = world.Ministries.Select(m => (Ministry: m, Key: Folded.Key(m.Title))).Where(m => m.Key.Length >= 8 && phrase.FindAll(m.Key).Any()).OrderByDescending(m => m.Key.Length).ToList();
        return held.Count > 0 && (held.Count == 1 || held[1].Key.Length < held[0].Key.Length) ? held[0].Ministry : null;
    }

    [GeneratedRegex(@"^\s*dear (?<first>\p{L}+)\s*[,!]?\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FirstNameGreeting();

    private static string LastName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
