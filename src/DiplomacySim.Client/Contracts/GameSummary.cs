namespace DiplomacySim.Client.Contracts;

/// <summary>A game as <c>GET /api/games</c> lists it.</summary>
/// <param name="Id">The game's id.</param>
/// <param name="Slug">The game's short name, usable in routes in place of the id.</param>
/// <param name="Title">The game's title.</param>
/// <param name="InGameDate">The date on the game's clock.</param>
public sealed record GameSummary(Guid Id, string Slug, string Title, DateOnly InGameDate);
