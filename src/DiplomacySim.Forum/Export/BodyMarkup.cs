using System.Text;
using DiplomacySim.Forum.Text;

namespace DiplomacySim.Forum.Export;

/// <summary>
/// A communique's body as written, for the place it is pasted: the forum formatting a player uses
/// ([b], [i], [quote], lists, http links ...) survives in BBCode and becomes Markdown for a chat;
/// every other tag, and a link to anything but http(s), stays text. One pass, linear in the body.
/// </summary>
internal static class BodyMarkup
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "b", "i", "u", "s", "quote", "list", "*", "url", "size", "color", "center", "code" };

    public static string Write(string body, Marks marks)
    {
        var output = new StringBuilder(body.Length + 16);
        var text = new StringBuilder();
        void Flush()
        {
            output.Append(marks.Escape(text.ToString()));
            text.Clear();
        }

        string? link = null;
        for (var i = 0; i < body.Length;)
        {
            if (body[i] == '[' && BBTag.At(body, i) is { } tag && Kept.Contains(tag.Name) && Allowed(tag, link))
            {
                Flush();
                output.Append(marks.Format == ExportFormat.BBCode ? body[i..tag.End] : Markdown(tag, link));
                if (tag.Name == "url")
                    link = tag.Closing ? null : BBTag.Address(tag.Argument!);
                i = tag.End;
                continue;
            }
            text.Append(body[i]);
            i++;
        }
        Flush();
        return output.ToString();
    }

    // "[url=https://...]" and its "[/url]" are kept only for an http(s) address given in the tag.
    private static bool Allowed(BBTag tag, string? openLink) => tag.Name != "url"
        || (tag.Closing ? openLink is not null : openLink is null && BBTag.IsWebAddress(tag.Argument));

    // Markdown has no underline, size, colour or centring: those tags go and their words stay.
    private static string Markdown(BBTag tag, string? openLink) => (tag.Name, tag.Closing) switch
    {
        ("b", _) => "**",
        ("i", _) => "*",
        ("s", _) => "~~",
        ("code", _) => "`",
        ("quote", false) => "\n> ",
        ("quote", true) => "\n",
        ("*", _) => "\n- ",
        ("url", false) => "[",
        ("url", true) => $"]({openLink!.Replace(")", "%29", StringComparison.Ordinal)})",
        _ => "",
    };

}
