using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>Intelligence sharing as submitted; see <see cref="IntelligenceSharingClause"/>.</summary>
public sealed record IntelligenceSharingTerms(IReadOnlyList<IntelligenceDomain>? Domains, string? Level) : ClauseTerms
{
    public override Clause ToClause() => new IntelligenceSharingClause(Domains!, Level!);
}

public sealed class IntelligenceSharingTermsValidator : AbstractValidator<IntelligenceSharingTerms>
{
    public IntelligenceSharingTermsValidator()
    {
        RuleFor(t => t.Domains).NotEmpty().WithMessage("List the domains: sigint, humint, imint, osint, cyber.")
            .ShortAndDistinct("domains");
        RuleForEach(t => t.Domains).IsInEnum();
        RuleFor(t => t.Level).NotEmpty().MaximumLength(TermRules.MaxTextLength);
    }
}
