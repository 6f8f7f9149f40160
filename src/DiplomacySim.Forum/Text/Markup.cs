using System.Text;

namespace DiplomacySim.Forum.Text;

/// <summary>
/// Takes BBCode, HTML and Markdown out of a post in one pass (linear in its length, whatever it
/// holds): tags go, images and their addresses go, list items and forum pipes become line breaks,
/// emphasis marks go, and the words stay where a reader would see them.
/// </summary>
public static class Markup
{
    private static readonly HashSet<string> BBCodeTags = new(StringComparer.Ordinal)
    {
        "b", "i", "u", "s", "size", "color", "colour", "font", "center", "left", "right", "justify", "img", "url", "email", "quote",
        "list", "*", "li", "ul", "ol", "code", "spoiler", "table", "tr", "td", "th", "hr", "sup", "sub", "indent", "youtube", "media", "h1", "h2", "h3",
    };

    /// <summary>Whether <paramref name="name"/> ("b", "spoiler") is a tag of the forums' BBCode, not a bracketed word.</summary>
    public static bool IsForumTag(string name) => BBCodeTags.Contains(name);

    public static ForumFormat Detect(string post)
    {
        if (post.Contains("[/", StringComparison.Ordinal) || post.Contains("[b]", StringComparison.OrdinalIgnoreCase) || post.Contains("[*]", StringComparison.Ordinal))
            return ForumFormat.BBCode;
        // Bullets alone say nothing: forum posts use them too (the letterhead's date and view count).
        if (post.Contains("**", StringComparison.Ordinal) || post.Contains("](", StringComparison.Ordinal) || post.StartsWith("# ", StringComparison.Ordinal) || post.Contains("\n# ", StringComparison.Ordinal))
            return ForumFormat.Markdown;
        return ForumFormat.Plain;
    }

    public static PlainText Strip(string post, ForumFormat format)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (format == ForumFormat.Auto)
            format = Detect(post);
        var text = new StringBuilder(post.Length);
        var origins = new List<int>(post.Length);
        void Emit(char c, int origin)
        {
            text.Append(c);
            origins.Add(origin);
        }

        var lineStart = true;
        var cellsInRow = 0;
        for (var i = 0; i < post.Length;)
        {
            var c = post[i];
            // Tags of either kind: [b], [/size], [size=150], <br>, </div>. An image's address is not text.
            if ((c == '[' && format != ForumFormat.Markdown) || c == '<')
            {
                var close = TagEnd(post, i);
                var name = close > i ? TagName(post, i, close) : "";
                // "[Recipient]:" is a label of the letter, not markup: only the forum's tags are taken out.
                if (c == '[' && !BBCodeTags.Contains(name.TrimStart('/')))
                    close = -1;
                if (close > i)
                {
                    if (name is "img" && c == '[')
                    {
                        var end = post.IndexOf("[/img]", close, StringComparison.OrdinalIgnoreCase);
                        close = end < 0 ? close : end + "[/img]".Length - 1;
                    }
                    else if (name is "*" or "li")
                    {
                        // A list item stays an item: the reader takes each as a request or an answer of its own.
                        Emit('\n', i);
                        Emit('•', i);
                        Emit(' ', i);
                        lineStart = false;
                    }
                    else if (name is "td" or "th")
                    {
                        // A table row reads as a labelled line: "Personnel, crisis: not more than 900".
                        if (cellsInRow++ > 0)
                        {
                            Emit(':', i);
                            Emit(' ', i);
                        }
                    }
                    else if (name is "tr" or "/tr" or "table" or "/table")
                    {
                        cellsInRow = 0;
                        Emit('\n', i);
                        lineStart = true;
                    }
                    else if (name is "br" or "p" or "/p" or "/li" or "list" or "/list" or "center" or "/center" or "quote" or "/quote")
                    {
                        Emit('\n', i);
                        lineStart = true;
                    }
                    i = close + 1;
                    continue;
                }
            }
            if (c == '\r')
            {
                i++;
                continue;
            }
            // The letterhead layout writes its line breaks as pipes.
            if (c == '|' && format != ForumFormat.Markdown)
            {
                Emit('\n', i);
                lineStart = true;
                i++;
                continue;
            }
            if (format == ForumFormat.Markdown)
            {
                // "* item" opening a line is a bullet, not emphasis: it stays one, so the item asks as its list does.
                if (lineStart && c is '*' or '+' && i + 1 < post.Length && post[i + 1] == ' ')
                {
                    Emit('•', i);
                    lineStart = false;
                    i++;
                    continue;
                }
                if (c is '*' or '_' or '`')
                {
                    i++;
                    continue;
                }
                if (lineStart && c is '#' or '>')
                {
                    while (i < post.Length && post[i] is '#' or '>' or ' ')
                        i++;
                    continue;
                }
            }
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < post.Length && char.IsLowSurrogate(post[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(post[i - 1])))
            {
                // A lone surrogate (invalid UTF-16) becomes the replacement character.
                Emit('\uFFFD', i);
                i++;
                continue;
            }
            Emit(c, i);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
            i++;
        }
        return new PlainText(text.ToString(), [.. origins], post.Length);
    }

    // The index of the ']' or '>' that closes a tag opening at start, or -1. A tag is short, on one
    // line, and starts with a letter, '/' or '*': "< SteppeWatcher >" (a forum handle) is not a tag.
    private static int TagEnd(string post, int start)
    {
        var opening = post[start];
        var closing = opening == '[' ? ']' : '>';
        if (start + 1 >= post.Length || !(char.IsAsciiLetter(post[start + 1]) || post[start + 1] is '/' or '*'))
            return -1;
        var limit = Math.Min(post.Length, start + 200);
        for (var i = start + 1; i < limit; i++)
        {
            if (post[i] == closing)
                return i;
            if (post[i] is '\n' or '[' or '<')
                return -1;
        }
        return -1;
    }

    private static string TagName(string post, int start, int close)
    {
        var end = start + 1;
        while (end < close && (char.IsAsciiLetterOrDigit(post[end]) || post[end] is '/' or '*'))
            end++;
        return post[(start + 1)..end].ToLowerInvariant();
    }
}
