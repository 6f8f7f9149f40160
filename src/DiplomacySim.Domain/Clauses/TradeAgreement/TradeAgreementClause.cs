using System.Text.Json.Serialization;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Clauses;

/// <summary>Trade in some sectors with a tariff change, settled in a currency; refused while an embargo stands between the two.</summary>
public sealed record TradeAgreementClause(
    IReadOnlyList<string> Sectors,
    decimal TariffChangePercent,
    string SettlementCurrency,
    int? TermYears) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.TradeAgreement;

    [JsonIgnore]
    public override string Description => "trade agreement";

    [JsonIgnore]
    public override IReadOnlyList<MinistryKind> CompetentMinistries => [MinistryKind.ForeignAffairs, MinistryKind.Trade];

    public override IEnumerable<RuleViolation> Check(ClauseCheck check)
    {
        var violations = new List<RuleViolation>();
        if (check.World.EmbargoBetween(check.Parties.Requester, check.Parties.Grantor))
        {
            violations.Add(check.Violation(RuleCodes.EmbargoInForce,
                $"an embargo between {check.Requester} and {check.Grantor} is in force; it must be lifted before they trade."));
        }
        var thresholds = check.World.Ruleset.Thresholds;
        if (TariffChangePercent < thresholds.MinTariffChangePercent || TariffChangePercent > thresholds.MaxTariffChangePercent)
        {
            violations.Add(check.Violation(RuleCodes.TariffOutOfRange,
                $"a tariff change of {TariffChangePercent}% is outside what this game allows ({thresholds.MinTariffChangePercent}% to {thresholds.MaxTariffChangePercent}%)."));
        }
        return violations;
    }
}
