using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>Collects the errors of one file, so that the validator reports every problem rather than the first.</summary>
internal sealed class ScenarioErrorList(string file)
{
    private readonly List<ScenarioError> errors = [];

    public IReadOnlyList<ScenarioError> Errors => errors;

    public void Add(string field, string message) => errors.Add(new ScenarioError(file, field, message));

    /// <summary>Reports a missing or blank text; true when the text is there.</summary>
    public bool Require([NotNullWhen(true)] string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value))
            return true;
        Add(field, "is required.");
        return false;
    }

    /// <summary>Reports a missing value; true when it is there.</summary>
    public bool Require<T>([NotNullWhen(true)] T? value, string field)
        where T : struct
    {
        if (value.HasValue)
            return true;
        Add(field, "is required.");
        return false;
    }

    /// <summary>Reports a null entry in a list (<c>[ {...}, null ]</c>); true when the entry is there.</summary>
    public bool RequireEntry([NotNullWhen(true)] object? entry, string field)
    {
        if (entry is not null)
            return true;
        Add(field, "is null: give an object { ... } or remove the entry.");
        return false;
    }

    /// <summary>An enum value as the file writes it ("foreignAffairs").</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
