using System.Diagnostics.CodeAnalysis;

namespace DiplomacySim.Domain.Scenarios;

/// <summary>What <see cref="ScenarioReader"/> made of a file: the scenario when it is valid, otherwise every error found.</summary>
public sealed record ScenarioReadResult(ScenarioDefinition? Scenario, IReadOnlyList<ScenarioError> Errors)
{
    [MemberNotNullWhen(true, nameof(Scenario))]
    public bool IsValid => Scenario is not null && Errors.Count == 0;
}
