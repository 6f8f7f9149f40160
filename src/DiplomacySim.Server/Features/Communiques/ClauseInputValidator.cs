using FluentValidation;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>The shape of each kind of clause: required terms, sane numbers, bounded lists.</summary>
public sealed class ClauseInputValidator : AbstractValidator<ClauseInput>
{
    private const int MaxListLength = 20;
    private const int MaxTextLength = 200;
    private const int MaxStatementLength = 4_000;

    public ClauseInputValidator()
    {
        RuleFor(c => c.Kind).NotEmpty().WithMessage("Give the clause's kind.")
            .Must(kind => kind is null || ClauseInput.Kinds.ContainsKey(kind))
            .WithMessage(c => $"'{c.Kind}' is not a clause kind. Kinds: {string.Join(", ", ClauseInput.Kinds.Keys)}.");

        When(c => c.Kind == "basingRights", () =>
        {
            RuleFor(c => c.Installations).NotEmpty().WithMessage("Name at least one installation by id.")
                .Must(BeShortAndDistinct).WithMessage($"List at most {MaxListLength} installations, each once.");
            RuleFor(c => c.PeacetimePersonnelCap).NotNull().GreaterThanOrEqualTo(0);
            RuleFor(c => c.EmergencyPersonnelCap).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(10_000_000);
            RuleFor(c => c.Capabilities).NotNull().WithMessage("List the capabilities (sigint, elint, navalPresence, airOperations, logistics).");
            RuleForEach(c => c.Capabilities).IsInEnum();
            RuleFor(c => c.TermYears).InclusiveBetween(1, 99);
        });
        When(c => c.Kind == "protectingPower", () =>
        {
            RuleFor(c => c.ProtectedState).NotEmpty().MaximumLength(8);
            RuleFor(c => c.HostState).NotEmpty().MaximumLength(8);
            RuleFor(c => c.Scope).NotNull().IsInEnum().WithMessage("Give the scope: diplomatic, consular or both.");
        });
        When(c => c.Kind == "tradeAgreement", () =>
        {
            RuleFor(c => c.Sectors).NotEmpty().Must(BeShortAndDistinct).WithMessage($"List at most {MaxListLength} sectors, each once.");
            RuleForEach(c => c.Sectors).NotEmpty().MaximumLength(MaxTextLength);
            RuleFor(c => c.TariffChangePercent).NotNull();
            RuleFor(c => c.SettlementCurrency).NotEmpty().MaximumLength(8);
            RuleFor(c => c.TermYears).InclusiveBetween(1, 99);
        });
        When(c => c.Kind == "refuelingRights", () =>
        {
            RuleFor(c => c.Assets).NotEmpty().WithMessage("List the assets: air, naval or both.");
            RuleForEach(c => c.Assets).IsInEnum();
            RuleFor(c => c.Area).NotEmpty().MaximumLength(MaxTextLength);
            RuleFor(c => c.Installations).Must(BeShortAndDistinct).WithMessage($"List at most {MaxListLength} installations, each once.");
        });
        When(c => c.Kind == "delegationVisit", () =>
        {
            RuleFor(c => c.HeadOfDelegation).NotEmpty().MaximumLength(MaxTextLength);
            RuleFor(c => c.Size).NotNull().GreaterThanOrEqualTo(1);
            RuleFor(c => c.City).NotEmpty().MaximumLength(MaxTextLength);
            RuleFor(c => c.ProposedDate).NotNull().WithMessage("Give the proposed in-game date (yyyy-MM-dd).");
        });
        When(c => c.Kind == "cooperation", () =>
        {
            RuleFor(c => c.Sector).Must(sector => ClauseInput.TryParseCooperationSector(sector, out _))
                .WithMessage("Give the sector: defense, energy, industrial, security or cultural.");
            RuleFor(c => c.Statement).NotEmpty().MaximumLength(MaxStatementLength);
        });
        When(c => c.Kind == "investment", () =>
        {
            RuleFor(c => c.Sector).NotEmpty().MaximumLength(MaxTextLength);
            RuleFor(c => c.Amount).NotNull().GreaterThan(0);
            RuleFor(c => c.Currency).NotEmpty().MaximumLength(8);
        });
    }

    private static bool BeShortAndDistinct<T>(IReadOnlyList<T>? items) =>
        items is null || (items.Count <= MaxListLength && items.Distinct().Count() == items.Count);
}
