using System.Text;

namespace DiplomacySim.Forum.Text;

/// <summary>
/// A BBCode post with the formatting the game's page shows kept (bold, italics, sizes, colours,
/// centring, quotes, lists, links to web addresses, code) and everything else taken out: HTML, images
/// and their addresses, links to anything but http and https, tags the page does not know (their words
/// stay), and tags left open or closed without opening. One pass over the post, then one over its tags.
/// </summary>
public static class ShownMarkup
{
    // What the browser's renderer (src/DiplomacySim.Web/src/js/bbcode.js) draws; [img] is drawn as a
    // link but is not kept: a letter names no address that the page would be asked to fetch.
    private static readonly HashSet<string> Shown = new(StringComparer.Ordinal)
        { "b", "i", "u", "s", "size", "color", "center", "quote", "list", "*", "url", "code" };

    private const int LongestHtmlTag = 2_000;

    private enum Kind { Text, Open, Close }

    private sealed record Token(Kind Kind, string Text, string Name = "")
    {
        public bool Kept { get; set; } = Kind == Kind.Text;
    }

    public static string Of(string post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var tokens = Tokens(post);
        Pair(tokens);
        var shown = new StringBuilder(post.Length);
        foreach (var token in tokens.Where(t => t.Kept))
            shown.Append(token.Text);
        return shown.ToString();
    }

    private static List<Token> Tokens(string post)
    {
        var tokens = new List<Token>();
        var text = new StringBuilder();
        void Flush()
        {
            if (text.Length > 0)
                tokens.Add(new Token(Kind.Text, text.ToString()));
            text.Clear();
        }

        for (var i = 0; i < post.Length;)
        {
            if (post[i] == '<' && i + 1 < post.Length && (char.IsAsciiLetter(post[i + 1]) || post[i + 1] is '/' or '!')
                && post.IndexOf('>', i, Math.Min(LongestHtmlTag, post.Length - i)) is var htmlEnd and > 0)
            {
                // HTML is never the page's markup: the tag goes, whatever it is.
                i = htmlEnd + 1;
                continue;
            }
            if (post[i] == '[' && BBTag.At(post, i) is { } tag)
            {
                if (tag.Name == "img")
                {
                    // An image and its address go together.
                    var close = tag.Closing ? -1 : post.IndexOf("[/img]", tag.End, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? tag.End : close + "[/img]".Length;
                    continue;
                }
                if (Shown.Contains(tag.Name) && (tag.Name != "url" || tag.Closing || BBTag.IsWebAddress(tag.Argument)))
                {
                    Flush();
                    tokens.Add(new Token(tag.Closing ? Kind.Close : Kind.Open, post[i..tag.End], tag.Name));
                }
                else if (Markup.IsForumTag(tag.Name))
                {
                    // A tag of the forum the page does not draw, or a link elsewhere: its words stay.
                }
                else
                {
                    text.Append(post, i, tag.End - i);
                }
                i = tag.End;
                continue;
            }
            text.Append(post[i]);
            i++;
        }
        Flush();
        return tokens;
    }

    // Keeps an opening tag only with its closing one (a list item needs none), so that what the page
    // draws is what the writer closed: "[b][i]unclosed" keeps its words and neither tag.
    private static void Pair(List<Token> tokens)
    {
        var open = new List<Token>();
        foreach (var token in tokens)
        {
            if (token.Kind == Kind.Open)
            {
                if (token.Name == "*")
                    token.Kept = true;
                else
                    open.Add(token);
            }
            else if (token.Kind == Kind.Close && open.FindLastIndex(o => o.Name == token.Name) is var at and >= 0)
            {
                open[at].Kept = true;
                token.Kept = true;
                open.RemoveRange(at, open.Count - at);
            }
        }
    }
}
