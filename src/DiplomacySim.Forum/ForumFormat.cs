using System.Text.Json.Serialization;

namespace DiplomacySim.Forum;

/// <summary>How a pasted post is written; <see cref="Auto"/> lets the importer tell from the text.</summary>
public enum ForumFormat
{
    Auto,
    Plain,
    // API.md spells it "bbcode"; the camelCase policy alone would write "bbCode".
    [JsonStringEnumMemberName("bbcode")]
    BBCode,
    Markdown,
}
