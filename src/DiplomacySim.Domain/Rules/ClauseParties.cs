namespace DiplomacySim.Domain.Rules;

/// <summary>
/// The two sides of a clause. A fresh clause's requester is its sender's nation and its grantor the
/// recipient's; a counter-proposal keeps the sides of the clause it answers, though it travels the
/// other way.
/// </summary>
public sealed record ClauseParties(string Requester, string Grantor);
