using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>Visa facilitation as submitted; see <see cref="VisaFacilitationClause"/>.</summary>
public sealed record VisaFacilitationTerms(IReadOnlyList<string>? Categories, bool? Waiver) : ClauseTerms
{
    public override Clause ToClause() => new VisaFacilitationClause(Categories!, Waiver!.Value);
}

public sealed class VisaFacilitationTermsValidator : AbstractValidator<VisaFacilitationTerms>
{
    public VisaFacilitationTermsValidator()
    {
        RuleFor(t => t.Categories).NotEmpty().WithMessage("List whose visas are eased (\"students\", \"business travellers\").").ShortAndDistinct("categories");
        RuleForEach(t => t.Categories).NotEmpty().MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.Waiver).NotNull().WithMessage("Say whether visas are waived (true) or only eased (false).");
    }
}
