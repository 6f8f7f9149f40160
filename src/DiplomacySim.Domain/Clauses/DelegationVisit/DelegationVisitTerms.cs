using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>A delegation visit as submitted; see <see cref="DelegationVisitClause"/>.</summary>
public sealed record DelegationVisitTerms(string? HeadOfDelegation, int? Size, string? City, DateOnly? ProposedDate) : ClauseTerms
{
    public override Clause ToClause() => new DelegationVisitClause(HeadOfDelegation!, Size!.Value, City!, ProposedDate!.Value);
}

public sealed class DelegationVisitTermsValidator : AbstractValidator<DelegationVisitTerms>
{
    public DelegationVisitTermsValidator()
    {
        RuleFor(t => t.HeadOfDelegation).NotEmpty().MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.Size).NotNull().GreaterThanOrEqualTo(1);
        RuleFor(t => t.City).NotEmpty().MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.ProposedDate).NotNull().WithMessage("Give the proposed in-game date (yyyy-MM-dd).");
    }
}
