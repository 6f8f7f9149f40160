using System.Diagnostics;
using System.Text.Json;
using DiplomacySim.Forum.Export;

namespace DiplomacySim.Browser.Tests;

/// <summary>
/// The exports and the page speak the same words. The page's table is the JSON object between
/// /* labels:begin */ and /* labels:end */ in labels.js, read here as text: the page keeps one ES
/// module with no JSON fetch or build step, the exports keep their words in C# with no file to find
/// at run time, and this test is where the two meet.
/// </summary>
public sealed class LabelsAgreeTests
{
    private static readonly string WebDirectory = Path.Combine(Artifacts.RepositoryRoot(), "src", "DiplomacySim.Web");

    private static Dictionary<string, Dictionary<string, string>> PageLabels()
    {
        var source = File.ReadAllText(Path.Combine(WebDirectory, "src", "js", "labels.js"));
        const string Begin = "/* labels:begin */";
        var start = source.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = source.IndexOf("/* labels:end */", StringComparison.Ordinal);
        return JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(source[start..end])!;
    }

    [Fact]
    public void EveryGroupTheExportsWord_SaysWhatThePageSays()
    {
        var page = PageLabels();
        foreach (var (group, words) in Labels.Groups)
        {
            page.ShouldContainKey(group);
            words.OrderBy(w => w.Key, StringComparer.Ordinal).ShouldBe(page[group].OrderBy(w => w.Key, StringComparer.Ordinal), $"the group {group}");
        }
    }

    [Fact]
    public void EveryValueOfEveryWordedEnum_HasWords()
    {
        foreach (var (type, group) in Labels.GroupOf)
        {
            foreach (var name in Enum.GetNames(type))
                Labels.Groups[group].ShouldContainKey(JsonNamingPolicy.CamelCase.ConvertName(name), $"{type.Name}.{name}");
        }
    }

    /// <summary>The page's JavaScript unit tests (node's own runner), so that tests/run.sh runs them too.</summary>
    [Fact]
    public async Task JavaScriptUnitTests_Pass()
    {
        using var node = Process.Start(new ProcessStartInfo("node", ["--test", "test/"])
        {
            WorkingDirectory = WebDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        node.ExitCode.ShouldBe(0, $"node --test failed:\n{await output}\n{await errors}");
    }
}
