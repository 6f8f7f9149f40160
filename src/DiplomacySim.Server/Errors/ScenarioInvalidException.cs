using DiplomacySim.Domain.Scenarios;

namespace DiplomacySim.Server.Errors;

/// <summary>
/// 422 <c>SCENARIO_INVALID</c>: an uploaded scenario that does not validate, with every problem at once
/// as <c>errors: [{ path, message }]</c> so that the author fixes them in one pass.
/// </summary>
public sealed class ScenarioInvalidException(IReadOnlyList<ScenarioError> errors)
    : Exception($"The scenario has {errors.Count} error(s); see errors, each with its JSON path.")
{
    public const string Code = "SCENARIO_INVALID";

    /// <summary>Paths as JSON paths from the scenario's root (<c>$.nations[3].ministries[0].kind</c>).</summary>
    public IReadOnlyList<(string Path, string Message)> Errors { get; } =
        [.. errors.Select(e => (JsonPath(e.Field), e.Message))];

    private static string JsonPath(string field) =>
        field == "$" || field.StartsWith('$') ? field : field.StartsWith('[') ? "$" + field : "$." + field;
}
