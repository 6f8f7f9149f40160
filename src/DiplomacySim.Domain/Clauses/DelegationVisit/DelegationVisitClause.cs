using System.Text.Json.Serialization;
using DiplomacySim.Domain.Rules;

namespace DiplomacySim.Domain.Clauses;

/// <summary>A delegation of the requester visits a city of the grantor on an in-game date.</summary>
public sealed record DelegationVisitClause(string HeadOfDelegation, int Size, string City, DateOnly ProposedDate) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.DelegationVisit;

    [JsonIgnore]
    public override string Description => "delegation visit";

    public override IEnumerable<RuleViolation> Check(ClauseCheck check)
    {
        var violations = new List<RuleViolation>();
        var today = check.World.Today;
        if (ProposedDate < today)
        {
            violations.Add(check.Violation(RuleCodes.DateInPast,
                $"the proposed date {ProposedDate:yyyy-MM-dd} has passed; the in-game date is {today:yyyy-MM-dd}."));
        }
        var largest = check.World.Ruleset.Thresholds.MaxDelegationSize;
        if (Size > largest)
        {
            violations.Add(check.Violation(RuleCodes.DelegationTooLarge,
                $"a delegation of {Size:N0} is larger than this game allows ({largest:N0})."));
        }
        return violations;
    }
}
