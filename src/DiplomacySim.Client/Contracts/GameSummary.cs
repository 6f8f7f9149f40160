namespace DiplomacySim.Client.Contracts;

/// <summary>A game as <c>GET /api/games</c> lists it.</summary>
/// <param name="Id">The game's id.</param>
/// <param name="Slug">The game's short name, usable in routes in place of the id.</param>
/// <param name="Title">The game's title.</param>
/// <param name="InGameDate">The date on the game's clock.</param>
/// <param name="Description">What the campaign is about.</param>
/// <param name="Visibility">public, unlisted or private.</param>
/// <param name="JoinPolicy">open, application or inviteOnly.</param>
/// <param name="Role">The caller's role: gameMaster, player, spectator, or none (a public game the caller is not in).</param>
public sealed record GameSummary(
    Guid Id, string Slug, string Title, DateOnly InGameDate,
    string? Description = null, string? Visibility = null, string? JoinPolicy = null, string? Role = null);
