namespace DiplomacySim.Client.Contracts;

/// <summary>A game's world as <c>GET /api/games/{game}</c> returns it.</summary>
/// <param name="Id">The game's id.</param>
/// <param name="Slug">The game's short name, usable in routes in place of the id.</param>
/// <param name="Title">The game's title.</param>
/// <param name="InGameDate">The date on the game's clock.</param>
/// <param name="Nations">The nations of the game.</param>
/// <param name="Ministries">Every nation's ministries and who holds them.</param>
/// <param name="Installations">The bases and ports foreign forces may be granted.</param>
/// <param name="Missions">Each nation's embassy in another, where one exists or existed.</param>
/// <param name="Description">The campaign's description, as its GMs wrote it.</param>
/// <param name="Visibility">public, unlisted or private.</param>
/// <param name="JoinPolicy">open, application or inviteOnly.</param>
public sealed record GameWorld(
    Guid Id,
    string Slug,
    string Title,
    DateOnly InGameDate,
    IReadOnlyList<NationView> Nations,
    IReadOnlyList<MinistryView> Ministries,
    IReadOnlyList<InstallationView> Installations,
    IReadOnlyList<MissionView> Missions,
    string? Description = null,
    string? Visibility = null,
    string? JoinPolicy = null);
