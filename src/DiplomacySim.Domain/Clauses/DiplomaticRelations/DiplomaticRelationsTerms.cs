using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>A step of diplomatic relations as submitted; see <see cref="DiplomaticRelationsClause"/>. The city and envoy are optional.</summary>
public sealed record DiplomaticRelationsTerms(DiplomaticAction? Action, string? City, string? Envoy) : ClauseTerms
{
    public override Clause ToClause() => new DiplomaticRelationsClause(Action!.Value, Blank(City), Blank(Envoy));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

public sealed class DiplomaticRelationsTermsValidator : AbstractValidator<DiplomaticRelationsTerms>
{
    public DiplomaticRelationsTermsValidator()
    {
        RuleFor(t => t.Action).NotNull().IsInEnum().WithMessage("Give the action: establishRelations, openEmbassy or accreditAmbassador.");
        RuleFor(t => t.City).MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.Envoy).MaximumLength(TermRules.MaxTextLength);
        // Agrément is given to a person (Article 4): there is nothing to consent to without a name.
        RuleFor(t => t.Envoy).NotEmpty().When(t => t.Action == DiplomaticAction.AccreditAmbassador)
            .WithMessage("Name the ambassador to be accredited.");
    }
}
