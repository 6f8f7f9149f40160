using DiplomacySim.Domain.World;

namespace DiplomacySim.Server.Features.Games.GetGame;

/// <summary>
/// A game's world as <c>GET /api/games/{game}</c> returns it, with the campaign's listing (description,
/// visibility, join policy), so a page that opens one campaign needs no second call to describe it.
/// </summary>
public sealed record GameWorld(
    Guid Id,
    string Slug,
    string Title,
    DateOnly InGameDate,
    RelationsVisibility RelationsVisibility,
    string? Description,
    GameVisibility Visibility,
    JoinPolicy JoinPolicy,
    IReadOnlyList<NationView> Nations,
    IReadOnlyList<MinistryView> Ministries,
    IReadOnlyList<InstallationView> Installations,
    IReadOnlyList<MissionView> Missions);

/// <summary>A nation; <c>ClaimStatus</c> says whether members may claim its ministries (open, applicationOnly, reserved).</summary>
public sealed record NationView(string Code, string Name, IReadOnlyList<string> Aliases, string Region, IReadOnlyList<string> Blocs, ClaimStatus ClaimStatus);

/// <summary>A ministry; <c>Holder</c> is the user name of the player who holds it, if any.</summary>
public sealed record MinistryView(Guid Id, string Nation, MinistryKind Kind, string Title, string? MinisterName, string? Holder);

/// <summary>
/// An installation as the caller may know it: <c>ForeignPersonnel</c> and <c>ReservedPersonnel</c>
/// count only what the caller may see (the scenario's own and agreements the caller may read).
/// <c>UndisclosedArrangement</c> is true when a foreign force is held there under an arrangement
/// undisclosed to the caller: then there is no room for the caller's nation (<c>FreeCapacity</c> 0).
/// </summary>
public sealed record InstallationView(Guid Id, string Nation, string Name, IReadOnlyList<string> Aliases, InstallationKind Kind, int Capacity,
    int ForeignPersonnel, int ReservedPersonnel, int FreeCapacity, bool UndisclosedArrangement);

public sealed record MissionView(string From, string To, MissionStatus Status);
