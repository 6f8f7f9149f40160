using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Scenarios;

// The shape of a scenario file (seeds/scenarios/*.json, documented in seeds/README.md). These records
// are read as they are written; ScenarioValidator checks them before anything is built from them.

public sealed record ScenarioDefinition
{
    public string? Slug { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public DateOnly? InGameDate { get; init; }
    public string? Ruleset { get; init; }
    public RelationsVisibility? RelationsVisibility { get; init; }
    public List<NationDefinition>? Nations { get; init; }
    public List<InstallationDefinition>? Installations { get; init; }

    /// <summary>The mission status of every ordered pair of nations that <see cref="Missions"/> does not list; null: no mission.</summary>
    public MissionStatus? DefaultMission { get; init; }

    public List<MissionDefinition>? Missions { get; init; }
    public List<OpinionDefinition>? Opinions { get; init; }
    public List<EmbargoDefinition>? Embargoes { get; init; }
    public List<AccountDefinition>? Accounts { get; init; }
}

public sealed record NationDefinition
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public List<string>? Aliases { get; init; }
    public string? Region { get; init; }
    public List<string>? Interests { get; init; }
    public List<string>? Rivals { get; init; }
    public List<string>? Blocs { get; init; }
    public List<MinistryDefinition>? Ministries { get; init; }

    /// <summary>Whether members may claim its ministries: open (the default), applicationOnly or reserved.</summary>
    public ClaimStatus? ClaimStatus { get; init; }
}

public sealed record MinistryDefinition
{
    public MinistryKind? Kind { get; init; }
    public string? Title { get; init; }
    public string? Minister { get; init; }
}

public sealed record InstallationDefinition
{
    public string? Nation { get; init; }
    public string? Name { get; init; }
    public List<string>? Aliases { get; init; }
    public InstallationKind? Kind { get; init; }
    public int? Capacity { get; init; }
    public int? ForeignPersonnel { get; init; }
}

public sealed record MissionDefinition
{
    public string? From { get; init; }
    public string? To { get; init; }
    public MissionStatus? Status { get; init; }
}

/// <summary>A starting opinion: becomes a lasting modifier from <c>From</c> towards <c>To</c> (and back, if mutual).</summary>
public sealed record OpinionDefinition
{
    public string? From { get; init; }
    public string? To { get; init; }
    public int? Amount { get; init; }
    public string? Reason { get; init; }
    public bool Mutual { get; init; }
}

/// <summary>A trade embargo <c>Imposer</c> keeps on <c>Target</c>: no trade agreement between them while it lasts.</summary>
public sealed record EmbargoDefinition
{
    public string? Imposer { get; init; }
    public string? Target { get; init; }

    /// <summary>Why, for the GM and the players; not used by the rules.</summary>
    public string? Note { get; init; }
}

/// <summary>A demo account: created only when the demo is enabled, never in production.</summary>
public sealed record AccountDefinition
{
    public string? UserName { get; init; }

    /// <summary>The name others see; the user name when missing.</summary>
    public string? DisplayName { get; init; }

    public bool GameMaster { get; init; }

    /// <summary>Watches the game (public events, public communiques) without playing a nation.</summary>
    public bool Spectator { get; init; }

    public List<MinistryRef>? Holds { get; init; }
}

public sealed record MinistryRef
{
    public string? Nation { get; init; }
    public MinistryKind? Kind { get; init; }
}
