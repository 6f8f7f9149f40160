using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Domain.Rules;

/// <summary>Trade agreements and delegation visits: the ruleset's thresholds and the state of the world.</summary>
public static partial class ClauseRules
{
    private static List<RuleViolation> CheckTrade(ClauseContext context, TradeAgreementClause trade)
    {
        var violations = new List<RuleViolation>();
        if (context.World.EmbargoBetween(context.Parties.Requester, context.Parties.Grantor))
        {
            violations.Add(context.Violation(RuleCodes.EmbargoInForce,
                $"an embargo between {context.Requester} and {context.Grantor} is in force; it must be lifted before they trade."));
        }
        var thresholds = context.World.Ruleset.Thresholds;
        if (trade.TariffChangePercent < thresholds.MinTariffChangePercent || trade.TariffChangePercent > thresholds.MaxTariffChangePercent)
        {
            violations.Add(context.Violation(RuleCodes.TariffOutOfRange,
                $"a tariff change of {trade.TariffChangePercent}% is outside what this game allows ({thresholds.MinTariffChangePercent}% to {thresholds.MaxTariffChangePercent}%)."));
        }
        return violations;
    }

    private static List<RuleViolation> CheckVisit(ClauseContext context, DelegationVisitClause visit)
    {
        var violations = new List<RuleViolation>();
        var today = context.World.Today;
        if (visit.ProposedDate < today)
        {
            violations.Add(context.Violation(RuleCodes.DateInPast,
                $"the proposed date {visit.ProposedDate:yyyy-MM-dd} has passed; the in-game date is {today:yyyy-MM-dd}."));
        }
        var largest = context.World.Ruleset.Thresholds.MaxDelegationSize;
        if (visit.Size > largest)
        {
            violations.Add(context.Violation(RuleCodes.DelegationTooLarge,
                $"a delegation of {visit.Size:N0} is larger than this game allows ({largest:N0})."));
        }
        return violations;
    }
}
