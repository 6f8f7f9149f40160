using System.Text.Json;

namespace DiplomacySim.Forum.Tests;

/// <summary>A post of the development corpus with what a careful reader finds in it.</summary>
internal sealed record CorpusPost(string Split, string Name, string Genre, string Text, JsonElement Expected, DateOnly PostedOn)
{
    public string Id => $"{Split}/{Name}";
}

/// <summary>
/// The corpus under Corpus/: <c>dev/</c>, which the reader is tuned on, and the held-out rounds
/// (<c>holdout4/</c>, ...), each written before its round of tuning and measured last; a round's
/// held-out posts join dev/ once it is measured, and those the reader does not read yet wait in
/// <c>tuning/</c>, measured like the rest but not yet required. Each post is NN-name.txt (or .md) beside NN-name.expected.json.
/// </summary>
internal static class CorpusPosts
{
    /// <summary>The in-game date the corpus is posted on, unless a post says otherwise ("postedOn").</summary>
    public static readonly DateOnly PostedOn = new(2019, 3, 1);

    /// <summary>The corpus's parts: each folder under Corpus/.</summary>
    public static IEnumerable<string> Splits() =>
        Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "Corpus")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static List<CorpusPost> Load(string split)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus", split);
        return [.. Directory.GetFiles(folder, "*.expected.json").Order(StringComparer.Ordinal).Select(json =>
        {
            var name = Path.GetFileName(json)[..^".expected.json".Length];
            var post = Directory.GetFiles(folder, name + ".*").Single(f => !f.EndsWith(".json", StringComparison.Ordinal));
            var expected = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
            var postedOn = expected.TryGetProperty("postedOn", out var on) ? DateOnly.Parse(on.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : PostedOn;
            return new CorpusPost(split, name, expected.GetProperty("genre").GetString()!, File.ReadAllText(post), expected, postedOn);
        })];
    }
}
