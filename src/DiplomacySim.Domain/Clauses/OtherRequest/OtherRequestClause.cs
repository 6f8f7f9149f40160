using System.Text.Json.Serialization;

namespace DiplomacySim.Domain.Clauses;

/// <summary>
/// Whatever a player asks for that no other kind holds, in their own words. The rules cannot judge
/// it, so it has none of its own: a GM adjudicates it by hand, and the ratification ruling is the
/// adjudication. It never enters into force before that ruling, whatever the ruleset lists.
/// </summary>
public sealed record OtherRequestClause(string Summary, string Details) : Clause
{
    [JsonIgnore]
    public override ClauseKind Kind => ClauseKind.OtherRequest;

    [JsonIgnore]
    public override string Description => "other request";

    [JsonIgnore]
    public override bool AlwaysAdjudicated => true;
}
