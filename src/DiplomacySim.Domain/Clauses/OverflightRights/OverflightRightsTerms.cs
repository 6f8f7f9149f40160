using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>Overflight rights as submitted; see <see cref="OverflightRightsClause"/>.</summary>
public sealed record OverflightRightsTerms(AircraftCategory? Aircraft, string? Corridor, int? NoticeHours) : ClauseTerms
{
    public override Clause ToClause() => new OverflightRightsClause(Aircraft!.Value, Corridor!, NoticeHours!.Value);
}

public sealed class OverflightRightsTermsValidator : AbstractValidator<OverflightRightsTerms>
{
    /// <summary>A year: notice beyond it would be no clearance at all.</summary>
    public const int MaxNoticeHours = 8_760;

    public OverflightRightsTermsValidator()
    {
        RuleFor(t => t.Aircraft).NotNull().IsInEnum().WithMessage("Give the aircraft: military, civil or both.");
        RuleFor(t => t.Corridor).NotEmpty().MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.NoticeHours).NotNull().InclusiveBetween(0, MaxNoticeHours);
    }
}
