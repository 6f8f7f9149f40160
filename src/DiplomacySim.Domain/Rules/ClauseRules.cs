using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Rules;

/// <summary>
/// The rules of single clauses. They run when a clause is sent (with the sending ministry's
/// competence) and again when it is accepted, against the world as it is then: room may have been
/// promised, mandates given and opinions moved since it was sent.
/// </summary>
public static partial class ClauseRules
{
    /// <summary>The rules of a clause <paramref name="sender"/> sends, competence included.</summary>
    public static IReadOnlyList<RuleViolation> Check(WorldView world, Ministry sender, ClauseParties parties, Clause clause, int index)
    {
        var violations = new List<RuleViolation>();
        if (!IsCompetent(sender.Kind, clause.Kind))
        {
            violations.Add(Violation(RuleCodes.MinistryNotCompetent, clause, index,
                $"the {sender.Title} cannot make this request; it belongs to {CompetentMinistries(clause.Kind)}."));
        }
        violations.AddRange(CheckAcceptance(world, parties, clause, index));
        return violations;
    }

    /// <summary>The rules that hold whoever sent the clause: those checked again at acceptance.</summary>
    public static IReadOnlyList<RuleViolation> CheckAcceptance(WorldView world, ClauseParties parties, Clause clause, int index)
    {
        var context = new ClauseContext(world, parties, clause, index);
        var violations = clause switch
        {
            BasingRightsClause basing => CheckBasing(context, basing),
            ProtectingPowerClause mandate => CheckMandate(context, mandate),
            TradeAgreementClause trade => CheckTrade(context, trade),
            RefuelingRightsClause refueling => CheckRefueling(context, refueling),
            DelegationVisitClause visit => CheckVisit(context, visit),
            _ => [],
        };
        if (world.Ruleset.MinimumOpinionFor(clause.Kind) is { } minimum && world.OpinionOf(parties.Grantor, parties.Requester) is var opinion && opinion < minimum)
        {
            violations.Add(context.Violation(RuleCodes.RelationTooLow,
                $"{world.NameOf(parties.Grantor)} thinks too poorly of {world.NameOf(parties.Requester)} to grant this (opinion {opinion}; this game asks at least {minimum})."));
        }
        return violations;
    }

    /// <summary>A counter-proposal answers a clause with other terms of the same kind, never a different request.</summary>
    public static IReadOnlyList<RuleViolation> CheckCounter(Clause original, Clause counter, int index) =>
        counter.Kind == original.Kind
            ? []
            : [Violation(RuleCodes.CounterChangesKind, original, index,
                $"a counter-proposal keeps the kind of the clause it answers ({Describe(original.Kind)}) and offers other terms; {Describe(counter.Kind)} is a different request, for a new communique.")];

    /// <summary>Which ministries may ask for a kind of clause (DESIGN.md, "Rules").</summary>
    public static bool IsCompetent(MinistryKind ministry, ClauseKind kind) => kind switch
    {
        ClauseKind.BasingRights or ClauseKind.RefuelingRights => ministry is MinistryKind.ForeignAffairs or MinistryKind.Defence,
        ClauseKind.TradeAgreement => ministry is MinistryKind.ForeignAffairs or MinistryKind.Trade,
        _ => true,
    };

    /// <summary>"basing rights", as messages name a kind of clause.</summary>
    public static string Describe(ClauseKind kind) => kind switch
    {
        ClauseKind.BasingRights => "basing rights",
        ClauseKind.ProtectingPower => "protecting power",
        ClauseKind.TradeAgreement => "trade agreement",
        ClauseKind.RefuelingRights => "refuelling rights",
        ClauseKind.DelegationVisit => "delegation visit",
        ClauseKind.Cooperation => "cooperation",
        ClauseKind.Investment => "investment",
        _ => kind.ToString(),
    };

    private static string CompetentMinistries(ClauseKind kind) => kind switch
    {
        ClauseKind.TradeAgreement => "Foreign Affairs or Trade",
        _ => "Foreign Affairs or Defence",
    };

    private static RuleViolation Violation(string code, Clause clause, int index, string problem) =>
        new(code, $"Clause {index + 1} ({Describe(clause.Kind)}): {problem}", index);

    /// <summary>What every rule of one clause reads, and how it words a violation.</summary>
    private sealed record ClauseContext(WorldView World, ClauseParties Parties, Clause Clause, int Index)
    {
        public string Requester => World.NameOf(Parties.Requester);
        public string Grantor => World.NameOf(Parties.Grantor);

        public RuleViolation Violation(string code, string problem) => ClauseRules.Violation(code, Clause, Index, problem);

        /// <summary>
        /// Whether both sides of the clause may know of <paramref name="agreement"/>. A message names an
        /// agreement, its parties or its terms only then: whoever reads a violation (the sender at check
        /// and send, the grantor or the requester at acceptance) is one of the two sides, or a GM.
        /// </summary>
        public bool Knows(Agreement agreement)
        {
            var audience = Audience.Of(agreement);
            return audience.Includes(Parties.Requester) && audience.Includes(Parties.Grantor);
        }

        /// <summary>Whether the installation holds room under a live agreement that the requester may not know of.</summary>
        public bool HeldUndisclosed(Installation installation) =>
            World.Agreements.Any(a => a.IsLive && Occupancy.HoldsRoomAt(a, installation) && !Audience.Of(a).Includes(Parties.Requester));
    }
}
