namespace DiplomacySim.Domain.Opinions;

/// <summary>A change the ruleset asks for: <see cref="From"/>'s opinion of <see cref="To"/> moves by <see cref="Amount"/>, lasting or fading.</summary>
public sealed record OpinionChange(string From, string To, string Reason, int Amount, int? FadesOverDays);
