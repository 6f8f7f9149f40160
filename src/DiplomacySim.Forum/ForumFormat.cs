namespace DiplomacySim.Forum;

/// <summary>How a pasted post is written; <see cref="Auto"/> lets the importer tell from the text.</summary>
public enum ForumFormat
{
    Auto,
    Plain,
    BBCode,
    Markdown,
}
