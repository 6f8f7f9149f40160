namespace DiplomacySim.Domain.Communiques;

/// <summary>A clause by its communique and position, as the API names clauses.</summary>
public sealed record ClauseRef(Guid Communique, int ClauseIndex);
