using System.Text.Json.Serialization;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>The two share intelligence of some disciplines, at a level they describe ("raw feeds", "assessed reports").</summary>
public sealed record IntelligenceSharingClause(IReadOnlyList<IntelligenceDomain> Domains, string Level) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.IntelligenceSharing;

    [JsonIgnore]
    public override string Description => "intelligence sharing";

    // Services sit under defence (military intelligence), the interior (security services) or
    // foreign affairs (foreign intelligence), as governments divide them.
    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.Defence, MinistryKind.Interior];
}

public enum IntelligenceDomain
{
    Sigint,
    Humint,
    Imint,
    Osint,
    Cyber,
}
