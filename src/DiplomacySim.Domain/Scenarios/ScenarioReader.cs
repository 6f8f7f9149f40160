using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>
/// Reads a scenario file (seeds/README.md describes the format) and validates it. Reading is strict on
/// purpose: an unknown property is an error, so that a typo such as <c>"foreignPersonel"</c> is reported
/// instead of silently leaving the field at its default.
/// </summary>
public static class ScenarioReader
{
    internal static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>
    /// Reads <paramref name="json"/>; <paramref name="fileName"/> only labels the errors. A file that is not
    /// valid JSON, or does not fit the format, gives one error (the reader stops at the first); a file
    /// that fits gives every validation error at once.
    /// </summary>
    public static ScenarioReadResult Read(string fileName, string json)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(json);

        ScenarioDefinition? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<ScenarioDefinition>(json, Options);
        }
        catch (JsonException exception)
        {
            return Invalid(ScenarioJsonErrors.Describe(fileName, json, exception, typeof(ScenarioDefinition)));
        }

        if (scenario is null)
            return Invalid(new ScenarioError(fileName, "$", "the file holds null instead of a scenario object { ... }."));

        var errors = ScenarioValidator.Validate(fileName, scenario);
        return errors.Count == 0 ? new ScenarioReadResult(scenario, errors) : new ScenarioReadResult(null, errors);
    }

    private static ScenarioReadResult Invalid(ScenarioError error) => new(null, [error]);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            // A property given twice would otherwise keep its last value without a word.
            AllowDuplicateProperties = false,
        };
        // Reading an enum ignores case ("Defence" and "defence" both work); numbers are refused because
        // "kind": 1 says nothing to the next reader of the file.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
