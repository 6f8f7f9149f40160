using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Rules;

/// <summary>
/// The rules of single clauses. They run when a clause is sent (with the sending ministry's
/// competence) and again when it is accepted, against the world as it is then: room may have been
/// promised, mandates given and opinions moved since it was sent. Each kind's own rules live with the
/// kind (<see cref="Clause.Check"/>); the rules of every clause live here.
/// </summary>
public static class ClauseRules
{
    /// <summary>The rules of a clause <paramref name="sender"/> sends, competence included.</summary>
    public static IReadOnlyList<RuleViolation> Check(WorldView world, IReadOnlyMinistry sender, ClauseParties parties, Clause clause, int index)
    {
        var violations = new List<RuleViolation>();
        if (!IsCompetent(sender.Kind, clause))
        {
            violations.Add(Violation(RuleCodes.MinistryNotCompetent, clause, index,
                $"the {sender.Title} cannot make this request; it belongs to {string.Join(" or ", clause.CompetentMinistries.Select(Name))}."));
        }
        violations.AddRange(CheckAcceptance(world, parties, clause, index));
        return violations;
    }

    /// <summary>The rules that hold whoever sent the clause: those checked again at acceptance.</summary>
    public static IReadOnlyList<RuleViolation> CheckAcceptance(WorldView world, ClauseParties parties, Clause clause, int index)
    {
        var violations = clause.Check(new ClauseCheck(world, parties, clause, index)).ToList();
        if (world.Ruleset.MinimumOpinionFor(clause.Kind) is { } minimum && world.OpinionOf(parties.Grantor, parties.Requester) is var opinion && opinion < minimum)
        {
            violations.Add(Violation(RuleCodes.RelationTooLow, clause, index,
                $"{world.NameOf(parties.Grantor)} thinks too poorly of {world.NameOf(parties.Requester)} to grant this (opinion {opinion}; this game asks at least {minimum})."));
        }
        return violations;
    }

    /// <summary>A counter-proposal answers a clause with other terms of the same kind, never a different request.</summary>
    public static IReadOnlyList<RuleViolation> CheckCounter(Clause original, Clause counter, int index) =>
        counter.Kind == original.Kind
            ? []
            : [Violation(RuleCodes.CounterChangesKind, original, index,
                $"a counter-proposal keeps the kind of the clause it answers ({original.Description}) and offers other terms; {counter.Description} is a different request, for a new communique.")];

    /// <summary>Whether a ministry of <paramref name="ministry"/>'s kind may ask for <paramref name="clause"/>.</summary>
    public static bool IsCompetent(MinistryKind ministry, Clause clause) =>
        clause.CompetentMinistries.Count == 0 || clause.CompetentMinistries.Contains(ministry);

    /// <summary>A violation of clause <paramref name="index"/>, worded "Clause 2 (trade agreement): ...".</summary>
    public static RuleViolation Violation(string code, Clause clause, int index, string problem) =>
        new(code, $"Clause {index + 1} ({clause.Description}): {problem}", index);

    private static string Name(MinistryKind kind) => kind switch
    {
        MinistryKind.ForeignAffairs => "Foreign Affairs",
        MinistryKind.HeadOfGovernment => "the Head of Government",
        _ => kind.ToString(),
    };
}
