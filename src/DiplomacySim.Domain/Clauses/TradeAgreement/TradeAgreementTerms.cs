using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>A trade agreement as submitted; see <see cref="TradeAgreementClause"/>.</summary>
public sealed record TradeAgreementTerms(
    IReadOnlyList<string>? Sectors,
    decimal? TariffChangePercent,
    string? SettlementCurrency,
    int? TermYears) : ClauseTerms
{
    public override Clause ToClause() => new TradeAgreementClause(Sectors!, TariffChangePercent!.Value, SettlementCurrency!, TermYears);
}

public sealed class TradeAgreementTermsValidator : AbstractValidator<TradeAgreementTerms>
{
    public TradeAgreementTermsValidator()
    {
        RuleFor(t => t.Sectors).NotEmpty().ShortAndDistinct("sectors");
        RuleForEach(t => t.Sectors).NotEmpty().MaximumLength(TermRules.MaxTextLength);
        RuleFor(t => t.TariffChangePercent).NotNull();
        RuleFor(t => t.SettlementCurrency).NotEmpty().MaximumLength(TermRules.MaxCodeLength);
        RuleFor(t => t.TermYears).InclusiveBetween(1, 99);
    }
}
