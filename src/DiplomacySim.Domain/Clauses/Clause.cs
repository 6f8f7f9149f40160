using System.Text.Json.Serialization;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// A typed request in a communique: the terms one nation (the requester) asks of another (the
/// grantor). Each kind is one unit in its own folder: its terms, the ministries that may ask for it,
/// the nations it names, its rules, what it does to the world when the agreement it becomes is
/// concluded, enters into force or fails, and the terms a player submits for it with their validator.
/// The JSON form carries a <c>kind</c> discriminator, as the API writes clauses: a new kind adds its
/// line to the list below, to <see cref="ClauseKinds"/> and to <see cref="ClauseKind"/> (a test holds
/// the three to one another).
/// </summary>
/// <remarks>
/// Clauses are immutable values: a counter-proposal is a new clause, and an agreement copies the
/// clause it came from, so later edits can never change what was agreed. Every override repeats
/// [JsonIgnore]: System.Text.Json reads the attribute from the override, and a serialized "kind"
/// property would clash with the discriminator of the same name.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(BasingRightsClause), "basingRights")]
[JsonDerivedType(typeof(ProtectingPowerClause), "protectingPower")]
[JsonDerivedType(typeof(TradeAgreementClause), "tradeAgreement")]
[JsonDerivedType(typeof(RefuelingRightsClause), "refuelingRights")]
[JsonDerivedType(typeof(DelegationVisitClause), "delegationVisit")]
[JsonDerivedType(typeof(CooperationClause), "cooperation")]
[JsonDerivedType(typeof(InvestmentClause), "investment")]
[JsonDerivedType(typeof(OtherRequestClause), "otherRequest")]
[JsonDerivedType(typeof(DiplomaticRelationsClause), "diplomaticRelations")]
[JsonDerivedType(typeof(StatusOfForcesClause), "statusOfForces")]
[JsonDerivedType(typeof(DefencePactClause), "defencePact")]
[JsonDerivedType(typeof(OverflightRightsClause), "overflightRights")]
[JsonDerivedType(typeof(IntelligenceSharingClause), "intelligenceSharing")]
[JsonDerivedType(typeof(ArmsPurchaseClause), "armsPurchase")]
[JsonDerivedType(typeof(VisaFacilitationClause), "visaFacilitation")]
public abstract record Clause
{
    [JsonIgnore]
    public abstract ClauseKind Kind { get; }

    /// <summary>"basing rights": the kind as messages name it.</summary>
    [JsonIgnore]
    public abstract string Description { get; }

    /// <summary>The ministries that may ask for it (DESIGN.md, "Rules"); empty when any may.</summary>
    [JsonIgnore]
    public virtual IReadOnlyList<MinistryKind> CompetentMinistries => [];

    /// <summary>Nations its rules read beyond the two sides (a mandate's protected and host states).</summary>
    [JsonIgnore]
    public virtual IEnumerable<string> NationsNamed => [];

    /// <summary>Third states whose consent its agreement needs before entering into force (a mandate's host); they join it as parties.</summary>
    [JsonIgnore]
    public virtual IEnumerable<string> ConsentingStates => [];

    /// <summary>
    /// Whether its agreement waits for a GM's ruling whatever the ruleset says: a request the rules
    /// cannot judge (an "other request") is adjudicated by hand, so it never enters into force unread.
    /// </summary>
    [JsonIgnore]
    public virtual bool AlwaysAdjudicated => false;

    /// <summary>The kind's own rules, against the world as it is (at check, at send and again at acceptance).</summary>
    public virtual IEnumerable<RuleViolation> Check(ClauseCheck check) => [];

    /// <summary>The clause was accepted and <paramref name="agreement"/> concluded: what it takes from the world at once.</summary>
    public virtual void Concluded(TrackedWorld world, Agreement agreement)
    {
    }

    /// <summary>The agreement entered into force: what changes in the world, and whose opinions move beyond the ruleset's effects between the parties.</summary>
    public virtual IEnumerable<OpinionChange> EnteredIntoForce(TrackedWorld world, Agreement agreement) => [];

    /// <summary>The agreement failed before entering into force (vetoed, refused): what it gives back.</summary>
    public virtual void Failed(TrackedWorld world, Agreement agreement)
    {
    }
}
