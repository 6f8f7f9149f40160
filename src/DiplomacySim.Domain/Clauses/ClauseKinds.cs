using FluentValidation;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// One kind of clause as a whole: its name on the wire, its <see cref="ClauseKind"/>, its clause, the
/// terms a player submits for it and their validator. Everything else about the kind is in its clause
/// (rules, description, what it does to the world).
/// </summary>
public sealed record ClauseKindUnit(ClauseKind Kind, string Name, Type Clause, Type Terms, IValidator Validator)
{
    public static ClauseKindUnit Of<TClause, TTerms>(ClauseKind kind, string name, IValidator<TTerms> validator)
        where TClause : Clause
        where TTerms : ClauseTerms =>
        new(kind, name, typeof(TClause), typeof(TTerms), validator);
}

/// <summary>
/// The list of clause kinds: a new kind adds its line here, besides its folder, its value in
/// <see cref="ClauseKind"/> and its line in <see cref="Clause"/>'s JSON kinds (a test holds the three
/// to one another).
/// </summary>
public static class ClauseKinds
{
    /// <summary>In the order of <see cref="ClauseKind"/>, which is the order messages list them in.</summary>
    public static IReadOnlyList<ClauseKindUnit> All { get; } =
    [
        ClauseKindUnit.Of<BasingRightsClause, BasingRightsTerms>(ClauseKind.BasingRights, "basingRights", new BasingRightsTermsValidator()),
        ClauseKindUnit.Of<ProtectingPowerClause, ProtectingPowerTerms>(ClauseKind.ProtectingPower, "protectingPower", new ProtectingPowerTermsValidator()),
        ClauseKindUnit.Of<TradeAgreementClause, TradeAgreementTerms>(ClauseKind.TradeAgreement, "tradeAgreement", new TradeAgreementTermsValidator()),
        ClauseKindUnit.Of<RefuelingRightsClause, RefuelingRightsTerms>(ClauseKind.RefuelingRights, "refuelingRights", new RefuelingRightsTermsValidator()),
        ClauseKindUnit.Of<DelegationVisitClause, DelegationVisitTerms>(ClauseKind.DelegationVisit, "delegationVisit", new DelegationVisitTermsValidator()),
        ClauseKindUnit.Of<CooperationClause, CooperationTerms>(ClauseKind.Cooperation, "cooperation", new CooperationTermsValidator()),
        ClauseKindUnit.Of<InvestmentClause, InvestmentTerms>(ClauseKind.Investment, "investment", new InvestmentTermsValidator()),
        ClauseKindUnit.Of<OtherRequestClause, OtherRequestTerms>(ClauseKind.OtherRequest, "otherRequest", new OtherRequestTermsValidator()),
        ClauseKindUnit.Of<DiplomaticRelationsClause, DiplomaticRelationsTerms>(ClauseKind.DiplomaticRelations, "diplomaticRelations", new DiplomaticRelationsTermsValidator()),
        ClauseKindUnit.Of<StatusOfForcesClause, StatusOfForcesTerms>(ClauseKind.StatusOfForces, "statusOfForces", new StatusOfForcesTermsValidator()),
        ClauseKindUnit.Of<DefencePactClause, DefencePactTerms>(ClauseKind.DefencePact, "defencePact", new DefencePactTermsValidator()),
        ClauseKindUnit.Of<OverflightRightsClause, OverflightRightsTerms>(ClauseKind.OverflightRights, "overflightRights", new OverflightRightsTermsValidator()),
        ClauseKindUnit.Of<IntelligenceSharingClause, IntelligenceSharingTerms>(ClauseKind.IntelligenceSharing, "intelligenceSharing", new IntelligenceSharingTermsValidator()),
        ClauseKindUnit.Of<ArmsPurchaseClause, ArmsPurchaseTerms>(ClauseKind.ArmsPurchase, "armsPurchase", new ArmsPurchaseTermsValidator()),
        ClauseKindUnit.Of<VisaFacilitationClause, VisaFacilitationTerms>(ClauseKind.VisaFacilitation, "visaFacilitation", new VisaFacilitationTermsValidator()),
    ];

    private static readonly Dictionary<string, ClauseKindUnit> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind of that wire name ("basingRights"), exactly as written; null when there is none.</summary>
    public static ClauseKindUnit? Named(string? name) => name is not null && ByName.TryGetValue(name, out var kind) ? kind : null;
}
