using System.Text.Json.Serialization;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// A pact between the two: not to attack one another, or to defend one another if attacked. One of
/// each type at a time binds a pair; rivals may promise peace but not defence.
/// </summary>
public sealed record DefencePactClause(PactType Type, int? TermYears) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.DefencePact;

    [JsonIgnore]
    public override string Description => Type == PactType.MutualDefence ? "mutual defence pact" : "non-aggression pact";

    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.Defence];

    public override IEnumerable<RuleViolation> Check(ClauseCheck check)
    {
        var violations = new List<RuleViolation>();
        var (requester, grantor) = (check.Parties.Requester, check.Parties.Grantor);
        // A rivalry is what a non-aggression pact calms; defending a rival would bind a state against itself.
        if (Type == PactType.MutualDefence && check.AreRivals(requester, grantor))
        {
            violations.Add(check.Violation(RuleCodes.MutualDefenceWithRival,
                $"{check.Requester} and {check.Grantor} are rivals; they may agree not to attack one another, not to defend one another."));
        }
        var existing = check.World.Agreements.FirstOrDefault(a =>
            a.IsLive && a.Terms is DefencePactClause pact && pact.Type == Type
            && ((a.Requester == requester && a.Grantor == grantor) || (a.Requester == grantor && a.Grantor == requester))
            && check.Knows(a));
        if (existing is not null)
        {
            violations.Add(check.Violation(RuleCodes.PactExists,
                $"a {Description} between {check.Requester} and {check.Grantor} is already in force or pending (agreement {existing.Id})."));
        }
        return violations;
    }
}

public enum PactType
{
    NonAggression,
    MutualDefence,
}
