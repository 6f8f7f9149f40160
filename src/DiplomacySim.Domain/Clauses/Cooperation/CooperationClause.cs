using System.Text.Json.Serialization;

namespace DiplomacySim.Domain.Clauses;

/// <summary>Cooperation in a sector, in the parties' own words; no rule of its own beyond those of every clause.</summary>
public sealed record CooperationClause(CooperationSector Sector, string Statement) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.Cooperation;

    [JsonIgnore]
    public override string Description => "cooperation";
}

public enum CooperationSector
{
    Defense,
    Energy,
    Industrial,
    Security,
    Cultural,
}
