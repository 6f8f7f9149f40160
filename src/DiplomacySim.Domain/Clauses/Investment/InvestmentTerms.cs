using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>An investment as submitted; see <see cref="InvestmentClause"/>.</summary>
public sealed record InvestmentTerms(string? Sector, decimal? Amount, string? Currency) : ClauseTerms
{
    public override Clause ToClause() => new InvestmentClause(Sector!, Amount!.Value, Currency!);
}

public sealed class InvestmentTermsValidator : AbstractValidator<InvestmentTerms>
{
    public InvestmentTermsValidator()
    {
        RuleFor(t => t.Sector).NotEmpty().MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.Amount).NotNull().GreaterThan(0);
        RuleFor(t => t.Currency).NotEmpty().MaximumLength(TermRules.MaxCodeLength);
    }
}
