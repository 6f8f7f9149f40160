using System.Text.Json.Serialization;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// The legal status of the requester's forces in the grantor's territory: who judges them, and whether
/// they pay customs and taxes. It is the second layer beside an access agreement, so it stands only on
/// basing rights between the same two, in force or pending (optionally named by <see cref="Agreement"/>).
/// </summary>
public sealed record StatusOfForcesClause(Jurisdiction Jurisdiction, bool CustomsExemption, bool TaxExemption, Guid? Agreement) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.StatusOfForces;

    [JsonIgnore]
    public override string Description => "status of forces";

    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.Defence];

    public override IEnumerable<RuleViolation> Check(ClauseCheck check)
    {
        var access = check.World.Agreements.Where(a => IsAccessFor(a, check.Parties)).ToList();
        if (Agreement is { } id)
        {
            // Named: it must be one of those. Any other id reads alike, whether it does not exist or
            // binds other nations, so the rule tells nobody of agreements they may not know.
            return access.Exists(a => a.Id == id)
                ? []
                : [check.Violation(RuleCodes.NoAccessAgreement,
                    $"agreement {id} is no basing-rights agreement between {check.Requester} and {check.Grantor} in force or pending.")];
        }
        return access.Count > 0
            ? []
            : [check.Violation(RuleCodes.NoAccessAgreement,
                $"{check.Requester}'s forces have no basing rights in {check.Grantor}, in force or pending, for a status of forces to accompany.")];
    }

    // The basing agreement that gives the requester's forces access to the grantor's territory.
    private static bool IsAccessFor(IReadOnlyAgreement agreement, ClauseParties parties) =>
        agreement.IsLive && agreement.Terms is BasingRightsClause && agreement.Requester == parties.Requester && agreement.Grantor == parties.Grantor;
}

/// <summary>Whose courts try the visiting forces' members for offences in the host's territory.</summary>
public enum Jurisdiction
{
    SendingState,
    ReceivingState,
    Shared,
}
