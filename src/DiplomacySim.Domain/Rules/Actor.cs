namespace DiplomacySim.Domain.Rules;

/// <summary>Who is acting: a user, and whether they are a game master of the game.</summary>
public sealed record Actor(string UserId, bool IsGameMaster);
