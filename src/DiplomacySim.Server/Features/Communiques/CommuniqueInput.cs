using System.Globalization;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>
/// A communique as a player submits it (check and send). Every field is optional here so that a
/// missing one becomes a clear validation error per field rather than an unreadable body.
/// </summary>
public sealed record CommuniqueInput(
    Guid? FromMinistry,
    Guid? ToMinistry,
    string? Subject,
    Classification? Classification,
    string? Body,
    IReadOnlyList<ClauseInput>? Clauses,
    Guid? InReplyTo);

/// <summary>
/// A clause as submitted: <c>kind</c> and the terms of that kind. Flat so that an unknown kind or a
/// missing term is a validation error naming the field, not a failed read of the whole body.
/// </summary>
public sealed record ClauseInput(
    string? Kind,
    IReadOnlyList<Guid>? Installations = null,
    int? PeacetimePersonnelCap = null,
    int? EmergencyPersonnelCap = null,
    IReadOnlyList<BasingCapability>? Capabilities = null,
    int? TermYears = null,
    string? ProtectedState = null,
    string? HostState = null,
    ProtectionScope? Scope = null,
    IReadOnlyList<string>? Sectors = null,
    decimal? TariffChangePercent = null,
    string? SettlementCurrency = null,
    IReadOnlyList<RefuelingAsset>? Assets = null,
    string? Area = null,
    string? HeadOfDelegation = null,
    int? Size = null,
    string? City = null,
    DateOnly? ProposedDate = null,
    string? Sector = null,
    string? Statement = null,
    decimal? Amount = null,
    string? Currency = null)
{
    public static IReadOnlyDictionary<string, ClauseKind> Kinds { get; } = Enum.GetValues<ClauseKind>()
        .ToDictionary(kind => CamelCase(kind.ToString()), StringComparer.Ordinal);

    public static bool TryParseCooperationSector(string? text, out CooperationSector sector) =>
        Enum.TryParse(text, ignoreCase: true, out sector) && Enum.IsDefined(sector) && !int.TryParse(text, CultureInfo.InvariantCulture, out _);

    /// <summary>The typed clause; call only after the validator passed.</summary>
    public Clause ToClause() => Kinds[Kind!] switch
    {
        ClauseKind.BasingRights => new BasingRightsClause(Installations!, PeacetimePersonnelCap!.Value, EmergencyPersonnelCap!.Value, Capabilities!, TermYears),
        ClauseKind.ProtectingPower => new ProtectingPowerClause(ProtectedState!, HostState!, Scope!.Value),
        ClauseKind.TradeAgreement => new TradeAgreementClause(Sectors!, TariffChangePercent!.Value, SettlementCurrency!, TermYears),
        ClauseKind.RefuelingRights => new RefuelingRightsClause(Assets!, Area!, Installations ?? []),
        ClauseKind.DelegationVisit => new DelegationVisitClause(HeadOfDelegation!, Size!.Value, City!, ProposedDate!.Value),
        ClauseKind.Cooperation => new CooperationClause(TryParseCooperationSector(Sector, out var sector) ? sector : throw new InvalidOperationException("Unvalidated sector."), Statement!),
        ClauseKind.Investment => new InvestmentClause(Sector!, Amount!.Value, Currency!),
        _ => throw new InvalidOperationException($"No clause for kind {Kind}."),
    };

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
