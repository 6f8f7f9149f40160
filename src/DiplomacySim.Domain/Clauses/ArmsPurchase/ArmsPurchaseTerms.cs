using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>An arms purchase as submitted; see <see cref="ArmsPurchaseClause"/>.</summary>
public sealed record ArmsPurchaseTerms(IReadOnlyList<string>? Items, int? Quantity, decimal? Value, string? Currency) : ClauseTerms
{
    public override Clause ToClause() => new ArmsPurchaseClause(Items!, Quantity!.Value, Value!.Value, Currency!);
}

public sealed class ArmsPurchaseTermsValidator : AbstractValidator<ArmsPurchaseTerms>
{
    public ArmsPurchaseTermsValidator()
    {
        RuleFor(t => t.Items).NotEmpty().WithMessage("List what is bought (\"Su-30MK2 fighters\").").ShortAndDistinct("items");
        RuleForEach(t => t.Items).NotEmpty().MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.Quantity).NotNull().GreaterThanOrEqualTo(1);
        RuleFor(t => t.Value).NotNull().GreaterThan(0);
        RuleFor(t => t.Currency).NotEmpty().MaximumLength(TermRules.MaxCodeLength);
    }
}
