using System.Collections.Concurrent;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Server.Seeding;

namespace DiplomacySim.Server.Rulesets;

/// <summary>
/// The rulesets in seeds/rulesets, read and validated once each. An invalid ruleset stops the game
/// that uses it with every error listed, never a half-read set of numbers.
/// </summary>
public sealed class RulesetCatalog(ScenarioCatalog scenarios)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Ruleset>>> loaded = new(StringComparer.Ordinal);

    public string Directory => Path.Combine(scenarios.SeedsDirectory, "rulesets");

    /// <summary>Whether a ruleset file of that name is here (a plain name, never a path).</summary>
    public bool Holds(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && File.Exists(Path.Combine(Directory, name + ".json"));

    /// <summary>The rulesets a scenario may name.</summary>
    public IEnumerable<string> Names =>
        System.IO.Directory.Exists(Directory) ? System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)! : [];

    public Task<Ruleset> GetAsync(string name, CancellationToken cancellationToken) =>
        loaded.GetOrAdd(name, key => new Lazy<Task<Ruleset>>(() => ReadAsync(key))).Value.WaitAsync(cancellationToken);

    private async Task<Ruleset> ReadAsync(string name)
    {
        var path = Path.Combine(Directory, name + ".json");
        if (!File.Exists(path))
            throw new ScenarioLoadException($"The ruleset '{name}' was not found at {path}. Check the scenario's \"ruleset\" and Scenarios:Directory.");
        var result = RulesetReader.Read(await File.ReadAllTextAsync(path), Path.GetFileName(path));
        if (!result.IsValid || result.Ruleset is null)
            throw new ScenarioLoadException($"The ruleset file {path} has {result.Errors.Count} error(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", result.Errors));
        return result.Ruleset;
    }
}
