using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>Refueling rights as submitted; see <see cref="RefuelingRightsClause"/>. The installations are optional.</summary>
public sealed record RefuelingRightsTerms(IReadOnlyList<RefuelingAsset>? Assets, string? Area, IReadOnlyList<Guid>? Installations) : ClauseTerms
{
    public override Clause ToClause() => new RefuelingRightsClause(Assets!, Area!, Installations ?? []);
}

public sealed class RefuelingRightsTermsValidator : AbstractValidator<RefuelingRightsTerms>
{
    public RefuelingRightsTermsValidator()
    {
        RuleFor(t => t.Assets).NotEmpty().WithMessage("List the assets: air, naval or both.");
        RuleForEach(t => t.Assets).IsInEnum();
        RuleFor(t => t.Area).NotEmpty().MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.Installations).ShortAndDistinct("installations");
    }
}
