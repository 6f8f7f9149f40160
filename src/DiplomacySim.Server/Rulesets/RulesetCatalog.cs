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
