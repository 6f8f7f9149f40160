using System.Text.Json.Serialization;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>The requester buys arms of the grantor: the items, how many, for what value; an embargo between the two stops it, as it stops trade.</summary>
public sealed record ArmsPurchaseClause(IReadOnlyList<string> Items, int Quantity, decimal Value, string Currency) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.ArmsPurchase;

    [JsonIgnore]
    public override string Description => "arms purchase";

    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.Defence, MinistryKind.Trade];

    public override IEnumerable<RuleViolation> Check(ClauseCheck check) =>
        check.World.EmbargoBetween(check.Parties.Requester, check.Parties.Grantor)
            ? [check.Violation(RuleCodes.EmbargoInForce,
                $"an embargo between {check.Requester} and {check.Grantor} is in force; no arms may pass between them until it is lifted.")]
            : [];
}
