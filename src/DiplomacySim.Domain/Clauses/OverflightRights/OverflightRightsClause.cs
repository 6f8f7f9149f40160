using System.Text.Json.Serialization;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// The requester's aircraft cross the grantor's airspace along a corridor, each flight announced so
/// many hours ahead; the transit clearance players ask for beside basing and refuelling.
/// </summary>
public sealed record OverflightRightsClause(AircraftCategory Aircraft, string Corridor, int NoticeHours) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.OverflightRights;

    [JsonIgnore]
    public override string Description => "overflight rights";

    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.Defence];
}

public enum AircraftCategory
{
    Military,
    Civil,
    Both,
}
