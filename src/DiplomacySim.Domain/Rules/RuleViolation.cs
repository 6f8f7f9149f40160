namespace DiplomacySim.Domain.Rules;

/// <summary>
/// A rule a draft, a communique or an acceptance breaks: a stable code for bots, a message a player
/// understands, and the clause it concerns (null when it concerns the whole communique).
/// </summary>
public sealed record RuleViolation(string Code, string Message, int? ClauseIndex);
