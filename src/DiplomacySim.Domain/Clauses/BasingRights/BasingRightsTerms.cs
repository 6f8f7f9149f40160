using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>Basing rights as submitted; see <see cref="BasingRightsClause"/>.</summary>
public sealed record BasingRightsTerms(
    IReadOnlyList<Guid>? Installations,
    int? PeacetimePersonnelCap,
    int? EmergencyPersonnelCap,
    IReadOnlyList<BasingCapability>? Capabilities,
    int? TermYears) : ClauseTerms
{
    public override Clause ToClause() =>
        new BasingRightsClause(Installations!, PeacetimePersonnelCap!.Value, EmergencyPersonnelCap!.Value, Capabilities!, TermYears);
}

/// <summary>The shape of basing rights; whether the caps fit the bases is the clause's rule (<see cref="BasingRightsClause.Check"/>).</summary>
public sealed class BasingRightsTermsValidator : AbstractValidator<BasingRightsTerms>
{
    public BasingRightsTermsValidator()
    {
        RuleFor(t => t.Installations).NotEmpty().WithMessage("Name at least one installation by id.")
            .ShortAndDistinct("installations");
        RuleFor(t => t.PeacetimePersonnelCap).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(t => t.EmergencyPersonnelCap).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(10_000_000);
        RuleFor(t => t.Capabilities).NotNull().WithMessage("List the capabilities (sigint, elint, navalPresence, airOperations, logistics).");
        RuleForEach(t => t.Capabilities).IsInEnum();
        RuleFor(t => t.TermYears).InclusiveBetween(1, 99);
    }
}
