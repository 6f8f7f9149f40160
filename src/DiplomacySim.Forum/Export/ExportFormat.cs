namespace DiplomacySim.Forum.Export;

/// <summary>What an export is pasted into: a forum thread (BBCode) or a chat (Markdown).</summary>
public enum ExportFormat
{
    BBCode,
    Markdown,
}

/// <summary>The few marks an export needs, in either format.</summary>
internal sealed record Marks(ExportFormat Format)
{
    public string Bold(string text) => Format == ExportFormat.BBCode ? $"[b]{text}[/b]" : $"**{text}**";

    public string Italic(string text) => Format == ExportFormat.BBCode ? $"[i]{text}[/i]" : $"*{text}*";

    public string Heading(string text) => Format == ExportFormat.BBCode ? $"[size=150][b]{text}[/b][/size]" : $"## {text}";

    public IEnumerable<string> NumberedList(IReadOnlyList<string> items) => Format == ExportFormat.BBCode
        ? ["[list=1]", .. items.Select(i => $"[*]{i}"), "[/list]"]
        : items.Select((item, n) => $"{n + 1}. {item}");

    /// <summary>Text from the game shown as text: forum tags in it must not become markup.</summary>
    public string Escape(string text) => Format == ExportFormat.BBCode
        ? text.Replace("[", "[\u200B", StringComparison.Ordinal)
        : text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
