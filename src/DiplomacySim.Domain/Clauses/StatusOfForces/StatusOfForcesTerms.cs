using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>A status of forces as submitted; see <see cref="StatusOfForcesClause"/>. The access agreement's id is optional.</summary>
public sealed record StatusOfForcesTerms(Jurisdiction? Jurisdiction, bool? CustomsExemption, bool? TaxExemption, Guid? Agreement) : ClauseTerms
{
    public override Clause ToClause() => new StatusOfForcesClause(Jurisdiction!.Value, CustomsExemption!.Value, TaxExemption!.Value, Agreement);
}

public sealed class StatusOfForcesTermsValidator : AbstractValidator<StatusOfForcesTerms>
{
    public StatusOfForcesTermsValidator()
    {
        RuleFor(t => t.Jurisdiction).NotNull().IsInEnum().WithMessage("Give the jurisdiction: sendingState, receivingState or shared.");
        RuleFor(t => t.CustomsExemption).NotNull().WithMessage("Say whether the forces are exempt from customs (true or false).");
        RuleFor(t => t.TaxExemption).NotNull().WithMessage("Say whether the forces are exempt from taxes (true or false).");
        RuleFor(t => t.Agreement).NotEqual(Guid.Empty);
    }
}
