using System.Text.Json.Serialization;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>The requester's aircraft or ships refuel in the grantor's territory, optionally at named installations.</summary>
public sealed record RefuelingRightsClause(
    IReadOnlyList<RefuelingAsset> Assets,
    string Area,
    IReadOnlyList<Guid> Installations) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.RefuelingRights;

    [JsonIgnore]
    public override string Description => "refuelling rights";

    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.Defence];

    public override IEnumerable<RuleViolation> Check(ClauseCheck check)
    {
        var violations = new List<RuleViolation>();
        check.KnownInstallations(Installations, violations);
        return violations;
    }
}

public enum RefuelingAsset
{
    Air,
    Naval,
}
