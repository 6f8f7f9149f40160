namespace DiplomacySim.Forum.Text;

/// <summary>
/// A BBCode tag where a text has one: <c>[name]</c>, <c>[/name]</c> or <c>[name=argument]</c>, its name in
/// lower case, and <see cref="Close"/> the index of its <c>]</c>. Read the same way by the exports (which
/// keep the tags a forum shows) and the importer (which keeps those the page shows).
/// </summary>
internal sealed record BBTag(string Name, bool Closing, string? Argument, int Close)
{
    private const int LongestTag = 200;

    /// <summary>The index just after the tag.</summary>
    public int End => Close + 1;

    /// <summary>The tag at <paramref name="start"/> (a '['), or null where the bracket opens no tag.</summary>
    public static BBTag? At(string text, int start)
    {
        var close = text.IndexOf(']', start + 1, Math.Min(LongestTag, text.Length - start - 1));
        if (close < 0)
            return null;
        var inner = text[(start + 1)..close];
        if (inner.Contains('[', StringComparison.Ordinal) || inner.Contains('\n', StringComparison.Ordinal))
            return null;
        var closing = inner.StartsWith('/');
        var equals = inner.IndexOf('=', StringComparison.Ordinal);
        var name = (equals < 0 ? inner : inner[..equals]).TrimStart('/').ToLowerInvariant();
        return new BBTag(name, closing, equals < 0 ? null : inner[(equals + 1)..], close);
    }

    /// <summary>A <c>[url=...]</c> argument without the quotes a writer may put around it.</summary>
    public static string Address(string argument) => argument.Trim().Trim('"', '\'');

    /// <summary>Whether a <c>[url=...]</c> argument is an absolute http or https address, the only links a letter keeps.</summary>
    public static bool IsWebAddress(string? argument) =>
        argument is not null && Uri.TryCreate(Address(argument), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
