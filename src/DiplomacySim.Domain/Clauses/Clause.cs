using System.Text.Json.Serialization;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// A typed request in a communique: the terms one nation (the requester) asks of another (the
/// grantor). The JSON form carries a <c>kind</c> discriminator, as the API writes clauses.
/// </summary>
/// <remarks>
/// Clauses are immutable values: a counter-proposal is a new clause, and an agreement copies the
/// clause it came from, so later edits can never change what was agreed.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(BasingRightsClause), "basingRights")]
[JsonDerivedType(typeof(ProtectingPowerClause), "protectingPower")]
[JsonDerivedType(typeof(TradeAgreementClause), "tradeAgreement")]
[JsonDerivedType(typeof(RefuelingRightsClause), "refuelingRights")]
[JsonDerivedType(typeof(DelegationVisitClause), "delegationVisit")]
[JsonDerivedType(typeof(CooperationClause), "cooperation")]
[JsonDerivedType(typeof(InvestmentClause), "investment")]
public abstract record Clause
{
    // Every override repeats [JsonIgnore]: System.Text.Json reads the attribute from the override,
    // and a serialized "kind" property would clash with the discriminator of the same name.
    [JsonIgnore]
    public abstract ClauseKind Kind { get; }
}

/// <summary>Foreign forces at named installations of the grantor, under personnel caps.</summary>
public sealed record BasingRightsClause(
    IReadOnlyList<Guid> Installations,
    int PeacetimePersonnelCap,
    int EmergencyPersonnelCap,
    IReadOnlyList<BasingCapability> Capabilities,
    int? TermYears) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.BasingRights;
}

public enum BasingCapability
{
    Sigint,
    Elint,
    NavalPresence,
    AirOperations,
    Logistics,
}

/// <summary>
/// The grantor becomes the protecting power of <see cref="ProtectedState"/>'s interests in
/// <see cref="HostState"/> (Vienna Convention on Diplomatic Relations, Articles 45-46).
/// </summary>
public sealed record ProtectingPowerClause(string ProtectedState, string HostState, ProtectionScope Scope) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.ProtectingPower;
}

public enum ProtectionScope
{
    Diplomatic,
    Consular,
    Both,
}

public sealed record TradeAgreementClause(
    IReadOnlyList<string> Sectors,
    decimal TariffChangePercent,
    string SettlementCurrency,
    int? TermYears) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.TradeAgreement;
}

/// <summary>The requester's aircraft or ships refuel in the grantor's territory, optionally at named installations.</summary>
public sealed record RefuelingRightsClause(
    IReadOnlyList<RefuelingAsset> Assets,
    string Area,
    IReadOnlyList<Guid> Installations) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.RefuelingRights;
}

public enum RefuelingAsset
{
    Air,
    Naval,
}

/// <summary>A delegation of the requester visits a city of the grantor on an in-game date.</summary>
public sealed record DelegationVisitClause(string HeadOfDelegation, int Size, string City, DateOnly ProposedDate) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.DelegationVisit;
}

public sealed record CooperationClause(CooperationSector Sector, string Statement) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.Cooperation;
}

public enum CooperationSector
{
    Defense,
    Energy,
    Industrial,
    Security,
    Cultural,
}

public sealed record InvestmentClause(string Sector, decimal Amount, string Currency) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.Investment;
}
