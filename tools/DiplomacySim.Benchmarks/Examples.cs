using DiplomacySim.Forum;
using DiplomacySim.Forum.Tests;

namespace DiplomacySim.Benchmarks;

/// <summary>The design's example posts, copied beside the benchmarks, and the in-game date each was posted on.</summary>
internal static class Examples
{
    public static readonly IReadOnlyDictionary<string, DateOnly> PostedOn = new Dictionary<string, DateOnly>
    {
        ["01-kaz-mng-letterhead"] = new(2019, 3, 14),
        ["02-chl-arg-bbcode"] = new(2019, 5, 1),
        ["03-ind-phl-note-verbale"] = new(2019, 10, 21),
        ["04-mng-kaz-reply-markdown"] = new(2019, 3, 20),
    };

    public static string Read(string example)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Examples");
        return File.ReadAllText(Directory.GetFiles(folder, example + ".*").Single());
    }

    public static ForumWorld World(string example) => ExampleWorld.On(PostedOn[example]);
}
