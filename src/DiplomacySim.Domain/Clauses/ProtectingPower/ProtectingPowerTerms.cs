using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>A protecting power's mandate as submitted; see <see cref="ProtectingPowerClause"/>.</summary>
public sealed record ProtectingPowerTerms(string? ProtectedState, string? HostState, ProtectionScope? Scope) : ClauseTerms
{
    public override Clause ToClause() => new ProtectingPowerClause(ProtectedState!, HostState!, Scope!.Value);
}

public sealed class ProtectingPowerTermsValidator : AbstractValidator<ProtectingPowerTerms>
{
    public ProtectingPowerTermsValidator()
    {
        RuleFor(t => t.ProtectedState).NotEmpty().MaximumLength(TermRules.MaxCodeLength);
        RuleFor(t => t.HostState).NotEmpty().MaximumLength(TermRules.MaxCodeLength);
        RuleFor(t => t.Scope).NotNull().IsInEnum().WithMessage("Give the scope: diplomatic, consular or both.");
    }
}
