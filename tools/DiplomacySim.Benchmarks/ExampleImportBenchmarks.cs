using BenchmarkDotNet.Attributes;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Forum;
using DiplomacySim.Forum.Export;
using DiplomacySim.Forum.Tests;

namespace DiplomacySim.Benchmarks;

/// <summary>What a player waits for: one example post read into a draft, and a draft written back out as BBCode.</summary>
[MemoryDiagnoser]
public class ExampleImportBenchmarks
{
    private string post = "";
    private ForumWorld world = null!;
    private IReadOnlyList<Clause>? answering;
    private CommuniqueText letter = null!;

    [ParamsSource(nameof(Names))]
    public string Example { get; set; } = "";

    public static IEnumerable<string> Names() => Examples.PostedOn.Keys;

    [GlobalSetup]
    public void Setup()
    {
        post = Examples.Read(Example);
        world = Examples.World(Example);
        // The reply is read against the letter it answers, as the server does.
        var first = ForumImporter.Import(Examples.Read("01-kaz-mng-letterhead"), ForumFormat.Auto, Examples.World("01-kaz-mng-letterhead"));
        answering = Example.StartsWith("04", StringComparison.Ordinal) ? first.Draft.Clauses : null;
        var read = ForumImporter.Import(post, ForumFormat.Auto, world, answering).Draft;
        letter = new CommuniqueText(ExampleWorld.ForeignMinistry("KAZ"), ExampleWorld.ForeignMinistry("MNG"), read.Subject ?? "", read.Classification, read.Body, read.Clauses, world.Today);
    }

    [Benchmark]
    public ImportResult Import() => ForumImporter.Import(post, ForumFormat.Auto, world, answering);

    [Benchmark]
    public string ExportAsBBCode() => ForumExport.Communique(letter, world, ExportFormat.BBCode);
}
