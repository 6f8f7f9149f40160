namespace DiplomacySim.Forum.Text;

/// <summary>
/// A post with its markup taken out, each character remembering where it stood in the post, so that
/// whatever is found in the plain text can be pointed at in what the player pasted.
/// </summary>
public sealed class PlainText
{
    private readonly int[] origins;

    internal PlainText(string text, int[] origins, int originalLength)
    {
        Text = text;
        this.origins = origins;
        OriginalLength = originalLength;
    }

    public string Text { get; }
    public int OriginalLength { get; }

    /// <summary>The span of the post that plain characters [start, end) came from.</summary>
    public (int Start, int Length) Original(int start, int end)
    {
        if (Text.Length == 0)
            return (0, 0);
        start = Math.Clamp(start, 0, Text.Length - 1);
        end = Math.Clamp(end, start + 1, Text.Length);
        var from = origins[start];
        var to = origins[end - 1] + 1;
        return (from, Math.Max(0, to - from));
    }
}
