using DiplomacySim.Domain.Rules;

namespace DiplomacySim.Server.Errors;

/// <summary>The game's rules refuse the request: 422 with the list of every rule broken.</summary>
public sealed class RuleViolationException(IReadOnlyList<RuleViolation> violations)
    : Exception(violations.Count == 1 ? violations[0].Message : $"{violations.Count} rules are broken: {string.Join(" ", violations.Select(v => v.Message))}")
{
    public const string Code = "RULES_VIOLATED";

    public IReadOnlyList<RuleViolation> Violations { get; } = violations;
}
