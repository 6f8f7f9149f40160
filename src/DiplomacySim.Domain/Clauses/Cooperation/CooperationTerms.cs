using System.Globalization;
using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// Cooperation as submitted; see <see cref="CooperationClause"/>. The sector is read as text so that
/// an unknown one ("space") is a validation error listing the sectors, not an unreadable body.
/// </summary>
public sealed record CooperationTerms(string? Sector, string? Statement) : ClauseTerms
{
    /// <summary>A sector by name in any case; never a number, which Enum.TryParse would otherwise take.</summary>
    public static bool TryParseSector(string? text, out CooperationSector sector) =>
        Enum.TryParse(text, ignoreCase: true, out sector) && Enum.IsDefined(sector) && !int.TryParse(text, CultureInfo.InvariantCulture, out _);

    public override Clause ToClause() =>
        new CooperationClause(TryParseSector(Sector, out var sector) ? sector : throw new InvalidOperationException("Unvalidated sector."), Statement!);
}

public sealed class CooperationTermsValidator : AbstractValidator<CooperationTerms>
{
    public CooperationTermsValidator()
    {
        RuleFor(t => t.Sector).Must(sector => CooperationTerms.TryParseSector(sector, out _))
            .WithMessage("Give the sector: defense, energy, industrial, security or cultural.");
        RuleFor(t => t.Statement).NotEmpty().MaximumLength(TermRules.MaxStatementLength);
    }
}
