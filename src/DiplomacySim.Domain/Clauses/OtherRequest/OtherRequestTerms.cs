using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>An other request as submitted; see <see cref="OtherRequestClause"/>. The details are optional.</summary>
public sealed record OtherRequestTerms(string? Summary, string? Details) : ClauseTerms
{
    public override Clause ToClause() => new OtherRequestClause(Summary!, Details ?? "");
}

/// <summary>Only sizes: what the request means is for the GM to rule on.</summary>
public sealed class OtherRequestTermsValidator : AbstractValidator<OtherRequestTerms>
{
    public OtherRequestTermsValidator()
    {
        RuleFor(t => t.Summary).NotEmpty().WithMessage("Say in a line what is requested.").MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.Details).MaximumLength(TermRules.MaxStatementLength);
    }
}
