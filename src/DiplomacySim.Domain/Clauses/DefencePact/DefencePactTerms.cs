using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>A defence pact as submitted; see <see cref="DefencePactClause"/>. No term means without end.</summary>
public sealed record DefencePactTerms(PactType? Type, int? TermYears) : ClauseTerms
{
    public override Clause ToClause() => new DefencePactClause(Type!.Value, TermYears);
}

public sealed class DefencePactTermsValidator : AbstractValidator<DefencePactTerms>
{
    public DefencePactTermsValidator()
    {
        RuleFor(t => t.Type).NotNull().IsInEnum().WithMessage("Give the type: nonAggression or mutualDefence.");
        RuleFor(t => t.TermYears).InclusiveBetween(1, 99);
    }
}
