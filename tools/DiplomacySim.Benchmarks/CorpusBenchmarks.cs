using BenchmarkDotNet.Attributes;
using DiplomacySim.Forum;
using DiplomacySim.Forum.Tests;

namespace DiplomacySim.Benchmarks;

/// <summary>
/// What the discourse reader costs per post: the reference letter (read from ../shared/corpus beside
/// the repository, as the tests read it) and the 40 posts of the test corpus, read one after another.
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private string letter = "";
    private string[] corpus = [];
    private ForumWorld world = null!;

    [GlobalSetup]
    public void Setup()
    {
        world = CorpusWorld.On(new DateOnly(2019, 3, 1));
        letter = File.ReadAllText(Path.Combine(SharedCorpus(), "reference-letter.txt"));
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
        corpus = [.. Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    [Benchmark]
    public ImportResult ReferenceLetter() => ForumImporter.Import(letter, ForumFormat.Auto, world);

    /// <summary>All posts of the corpus; divide by <see cref="Posts"/> for the cost of one.</summary>
    [Benchmark]
    public int WholeCorpus()
    {
        var clauses = 0;
        foreach (var post in corpus)
            clauses += ForumImporter.Import(post, ForumFormat.Auto, world).Draft.Clauses.Count;
        return clauses;
    }

    public int Posts => corpus.Length;

    private static string SharedCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiplomacySim.sln")))
                return Path.Combine(dir.FullName, "..", "shared", "corpus");
        }
        throw new DirectoryNotFoundException("No DiplomacySim.sln above the benchmark: the shared corpus is found beside the repository.");
    }
}
