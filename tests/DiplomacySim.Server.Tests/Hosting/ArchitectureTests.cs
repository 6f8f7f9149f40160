using System.Text.RegularExpressions;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// The folder map stays true: a feature (Features/&lt;Area&gt;) never reaches into another feature, and
/// the store (Data) never into the hub (Realtime) or the features. Read from the source, so that a
/// `using`, a qualified name or a cref all count.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Server = Repository.PathOf("src", "DiplomacySim.Server");

    [Fact]
    public void AFeature_NeverReachesIntoAnotherFeature()
    {
        var crossings = new List<string>();
        foreach (var file in SourceFiles("Features"))
        {
            var area = Path.GetRelativePath(Path.Combine(Server, "Features"), file).Split(Path.DirectorySeparatorChar)[0];
            foreach (Match reference in FeatureReference().Matches(File.ReadAllText(file)))
            {
                if (reference.Groups["area"].Value != area)
                    crossings.Add($"{Path.GetRelativePath(Server, file)} → Features.{reference.Groups["area"].Value}");
            }
        }
        crossings.Distinct().ShouldBeEmpty();
    }

    [Fact]
    public void TheStore_NeverReachesIntoTheHubOrTheFeatures()
    {
        var reaches = SourceFiles("Data")
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => ServerReference().Matches(File.ReadAllText(file))
                .Select(m => m.Groups["folder"].Value)
                .Where(folder => folder is "Realtime" or "Features")
                .Select(folder => $"{Path.GetRelativePath(Server, file)} → {folder}"))
            .Distinct()
            .ToList();
        reaches.ShouldBeEmpty();
    }

    [Fact]
    public void TheRulesOfTheTest_SeeTheFilesTheyJudge() =>
        SourceFiles("Features").Count().ShouldBeGreaterThan(20);

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Server, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"DiplomacySim\.Server\.Features\.(?<area>[A-Za-z]+)", RegexOptions.None, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex FeatureReference();

    [GeneratedRegex(@"(?:DiplomacySim\.Server\.|\b)(?<folder>Realtime|Features)\.[A-Z]", RegexOptions.None, matchTimeoutMilliseconds: 1_000)]
    private static partial Regex ServerReference();
}
