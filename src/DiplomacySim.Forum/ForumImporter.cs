using System.Text.RegularExpressions;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Forum.Reading;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum;

/// <summary>
/// Turns a forum post into a draft communique: header, cleaned body, and the clauses it asks for,
/// each with the span it came from; or, for a reply, its answers to the clauses of the communique it
/// answers. No I/O and nothing stored; every step is linear in the post's length.
/// </summary>
public static class ForumImporter
{
    /// <summary>The longest post the importer reads (the server answers 400 above it).</summary>
    public const int MaxLength = 100_000;

    /// <param name="answering">The clauses of the communique a reply answers, when the caller found it (by <see cref="ImportResult.InReplyToSubject"/>).</param>
    public static ImportResult Import(string post, ForumFormat format, ForumWorld world, IReadOnlyList<Clause>? answering = null)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(world);
        if (post.Length > MaxLength)
            throw new ArgumentException($"The post has {post.Length:N0} characters; the importer reads at most {MaxLength:N0}.", nameof(post));

        if (format == ForumFormat.Auto)
            format = Markup.Detect(post);
        var plain = Markup.Strip(post, format);
        try
        {
            var read = Read(plain, world, answering);
            // A BBCode post keeps the formatting the page shows; the rest read as text.
            return format == ForumFormat.BBCode ? read with { Draft = read.Draft with { Body = Body(ShownMarkup.Of(post)) } } : read;
        }
        catch (RegexMatchTimeoutException)
        {
            // Every pattern is bounded, so this is a machine starved of time, not a post: the player
            // still gets the body to fix by hand, never a server error.
            var body = Body(plain.Text);
            return new ImportResult(new ImportedDraft(null, null, null, Classification.Public, body, []), [],
                [new Unresolved("", "the post could not be read in time: try again, or split it into shorter posts")], null, []);
        }
    }

    private static ImportResult Read(PlainText plain, ForumWorld world, IReadOnlyList<Clause>? answering)
    {
        var text = plain.Text;
        var folded = new Folded(text);
        var unresolved = new List<Unresolved>();
        var header = HeaderReader.Read(text, world, unresolved);
        var requester = header.From is null ? null : world.Nations.FirstOrDefault(n => n.Code == header.From.Nation);
        var grantor = header.To is null ? null : world.Nations.FirstOrDefault(n => n.Code == header.To.Nation);
        var terms = new TermsContext(text, folded, world, requester, grantor, unresolved, header.Writer) { Addressee = header.Addressee };
        var sentences = Sentences.Split(text);

        var clauses = new List<Clause>();
        var sources = new List<ClauseSource>();
        var responses = header.InReplyToSubject is not null || answering is not null
            ? Replies.Read(plain, sentences, world, folded, answering, terms)
            : [];
        // A "Re: X" line of its own with no letter found by the caller may head a letter or a reply: the
        // requests are read once, and the post is a reply only when it answers and asks for nothing.
        var readsRequests = responses.Count == 0 || (header.SubjectMayBeReply && answering is null);
        var unresolvedBefore = unresolved.Count;
        if (readsRequests)
        {
            foreach (var request in Requests.Find(text, Requests.Listed(text, sentences), terms))
            {
                var before = unresolved.Count;
                if (Terms.Read(request, terms) is not { } clause)
                    continue;
                var (start, length) = plain.Original(request.Asking.Start, request.End);
                // Every term read: sure; each term it had to guess lowers the confidence.
                sources.Add(new ClauseSource(clauses.Count, start, length, Math.Round(Math.Max(0.3, 0.9 - (0.2 * (unresolved.Count - before))), 2)));
                clauses.Add(clause);
            }
        }
        if (readsRequests && responses.Count > 0)
        {
            if (clauses.Count > 0)
                responses = [];
            else
                unresolved.RemoveRange(unresolvedBefore, unresolved.Count - unresolvedBefore);
        }
        var asReply = header.SubjectMayBeReply && (answering is not null || responses.Count > 0);
        var (subject, inReplyTo) = !header.SubjectMayBeReply ? (header.Subject, header.InReplyToSubject) : asReply ? (null, header.InReplyToSubject) : (header.Subject, null);
        var draft = new ImportedDraft(header.From?.Id, header.To?.Id, subject, header.Classification, Body(text), clauses);
        return new ImportResult(draft, sources, unresolved, inReplyTo, responses) { MayAnswerSubject = header.SubjectMayBeReply && !asReply ? header.Subject : null };
    }

    // The body as a reader sees it: header lines gone (told by their words, whatever their markup), lines
    // trimmed, at most one blank line in a row.
    private static string Body(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim())
            .Where(l => !HeaderReader.IsLabelLine(Markup.Strip(l, ForumFormat.BBCode).Text.Trim())).ToList();
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (kept.Count == 0 || kept[^1].Length == 0))
                continue;
            kept.Add(line);
        }
        return string.Join('\n', kept).Trim();
    }
}
