using DiplomacySim.Domain.Scenarios;

namespace DiplomacySim.Server.Seeding;

/// <summary>
/// Reads scenario files from the seeds folder (seeds/scenarios/&lt;name&gt;.json): the demo's scenario at
/// start-up, and the templates a GM starts a campaign from.
/// </summary>
public sealed partial class ScenarioCatalog(IConfiguration configuration, ILogger<ScenarioCatalog> logger)
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

    /// <summary>Whether <paramref name="name"/> names a scenario file here (a plain name, never a path).</summary>
    public bool Holds(string name) =>
        TemplateName().IsMatch(name) && File.Exists(Path.Combine(SeedsDirectory, "scenarios", name + ".json"));

    /// <summary>
    /// The scenario files that read and validate, by name. A broken file is left out and logged with its
    /// errors: one bad template must not take the list down with it.
    /// </summary>
    public async Task<IReadOnlyList<(string Name, ScenarioDefinition Scenario)>> ListAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(SeedsDirectory, "scenarios");
        if (!Directory.Exists(folder))
            return [];
        var templates = new List<(string, ScenarioDefinition)>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var result = ScenarioReader.Read(Path.GetFileName(path), await File.ReadAllTextAsync(path, cancellationToken));
            if (result.IsValid)
                templates.Add((Path.GetFileNameWithoutExtension(path), result.Scenario));
            else
                logger.LogWarning("The scenario file {Path} is left out of the templates: {Errors}", path, string.Join("; ", result.Errors));
        }
        return templates;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex TemplateName();
}

public sealed class ScenarioLoadException(string message) : Exception(message);
