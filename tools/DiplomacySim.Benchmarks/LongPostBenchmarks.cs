using System.Text;
using BenchmarkDotNet.Attributes;
using DiplomacySim.Forum;

namespace DiplomacySim.Benchmarks;

/// <summary>
/// Posts up to the importer's limit, of a friendly and a hostile shape, at two lengths: the cost per
/// character should stay the same from 10,000 to 100,000 characters (the importer is linear).
/// </summary>
[MemoryDiagnoser]
public class LongPostBenchmarks
{
    private string post = "";
    private ForumWorld world = null!;

    [Params("letters", "nested-markup")]
    public string Shape { get; set; } = "";

    [Params(10_000, ForumImporter.MaxLength)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        world = Examples.World("01-kaz-mng-letterhead");
        // Letters: the letterhead example again and again, every paragraph a request. Nested markup:
        // unclosed tags and brackets, the shape that makes a backtracking parser slow.
        var unit = Shape == "letters" ? Examples.Read("01-kaz-mng-letterhead") + "\n\n" : "[quote][b][url=javascript:x][list][*](([ ";
        var builder = new StringBuilder(Length + unit.Length);
        while (builder.Length < Length)
            builder.Append(unit);
        post = builder.ToString(0, Length);
    }

    [Benchmark]
    public ImportResult Import() => ForumImporter.Import(post, ForumFormat.Auto, world);
}
