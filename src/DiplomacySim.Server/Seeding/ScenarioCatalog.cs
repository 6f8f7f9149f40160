using DiplomacySim.Domain.Scenarios;

namespace DiplomacySim.Server.Seeding;

/// <summary>Reads scenario files from the seeds folder (seeds/scenarios/&lt;name&gt;.json).</summary>
public sealed class ScenarioCatalog(IConfiguration configuration)
{
    /// <summary>The seeds folder: <c>Scenarios:Directory</c>, or the copy shipped beside the server.</summary>
    public string SeedsDirectory { get; } = configuration["Scenarios:Directory"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Reads and validates a scenario; every problem in the file is reported at once.</summary>
    public async Task<ScenarioDefinition> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(SeedsDirectory, "scenarios", name + ".json");
        if (!File.Exists(path))
            throw new ScenarioLoadException($"The scenario '{name}' was not found at {path}. Check Demo:Scenario and Scenarios:Directory.");

        var result = ScenarioReader.Read(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken));
        if (!result.IsValid || result.Scenario is null)
            throw new ScenarioLoadException($"The scenario file {path} has {result.Errors.Count} error(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", result.Errors));
        return result.Scenario;
    }
}

public sealed class ScenarioLoadException(string message) : Exception(message);
