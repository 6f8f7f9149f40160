using System.Text.Json.Serialization;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>The grantor eases visas for categories of the requester's citizens ("students", "business travellers"), or waives them.</summary>
public sealed record VisaFacilitationClause(IReadOnlyList<string> Categories, bool Waiver) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.VisaFacilitation;

    [JsonIgnore]
    public override string Description => "visa facilitation";

    // Consulates issue visas; where borders and immigration sit with the interior, it agrees them too.
    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.Interior];
}
