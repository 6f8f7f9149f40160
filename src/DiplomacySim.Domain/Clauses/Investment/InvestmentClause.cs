using System.Text.Json.Serialization;

namespace DiplomacySim.Domain.Clauses;

/// <summary>An investment in a sector of the grantor, an amount in a currency; no rule of its own beyond those of every clause.</summary>
public sealed record InvestmentClause(string Sector, decimal Amount, string Currency) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.Investment;

    [JsonIgnore]
    public override string Description => "investment";
}
