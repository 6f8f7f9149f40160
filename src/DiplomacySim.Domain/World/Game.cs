namespace DiplomacySim.Domain.World;

/// <summary>A campaign: a world of nations with its own in-game clock and ruleset.</summary>
public sealed class Game
{
    public Game(Guid id, string slug, string title, DateOnly inGameDate, string ruleset, RelationsVisibility relationsVisibility)
    {
        Id = id;
        Slug = slug;
        Title = title;
        InGameDate = inGameDate;
        Ruleset = ruleset;
        RelationsVisibility = relationsVisibility;
        Status = GameStatus.Active;
    }

    public Guid Id { get; private set; }
    public string Slug { get; private set; }
    public string Title { get; private set; }
    public DateOnly InGameDate { get; private set; }

    /// <summary>The name of the ruleset file (seeds/rulesets) the game plays by.</summary>
    public string Ruleset { get; private set; }

    public RelationsVisibility RelationsVisibility { get; private set; }
    public GameStatus Status { get; private set; }

    /// <summary>What the campaign is about, for its listing: the setting, the start, the house rules.</summary>
    public string? Description { get; private set; }

    /// <summary>Who finds and reads the campaign. A scenario loaded at start-up (the demo) is private.</summary>
    public GameVisibility Visibility { get; private set; } = GameVisibility.Private;

    /// <summary>How players come to hold its nations.</summary>
    public JoinPolicy JoinPolicy { get; private set; } = JoinPolicy.InviteOnly;

    /// <summary>The GM (re)describes the campaign: its listing, who may read it and how players join.</summary>
    public void Describe(string title, string? description, GameVisibility visibility, JoinPolicy joinPolicy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        Description = description;
        Visibility = visibility;
        JoinPolicy = joinPolicy;
    }

    /// <summary>The seq of the game's last event; the next event takes the one after.</summary>
    public long LastEventSeq { get; private set; }

    /// <summary>
    /// Takes the next seq. Callers hold the game's lock for the whole transaction, so seqs rise by
    /// one without gaps: a rolled-back command gives its seqs back with everything else.
    /// </summary>
    public long NextEventSeq() => ++LastEventSeq;

    /// <summary>
    /// Rises whenever a slow-changing part of the world changes: its nations, ministries and who holds
    /// them, installations, missions, embargoes, live agreements or game masters. Every send reads those
    /// parts; a copy of them kept between commands is good for as long as this number has not moved.
    /// </summary>
    public int WorldVersion { get; private set; }

    public void WorldChanged() => WorldVersion++;

    /// <summary>Moves the in-game clock forward; the clock never runs backwards.</summary>
    public DateOnly AdvanceClock(int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        InGameDate = InGameDate.AddDays(days);
        return InGameDate;
    }
}

public enum RelationsVisibility
{
    Public,
    OwnNationOnly,
}

/// <summary>Public: listed, and readable by anyone; unlisted: readable by whoever has the link; private: members only.</summary>
public enum GameVisibility
{
    Private,
    Unlisted,
    Public,
}

/// <summary>Open: a claim of an open nation is granted; application: a GM approves each claim; invite only: by invitation links.</summary>
public enum JoinPolicy
{
    InviteOnly,
    Application,
    Open,
}

public enum GameStatus
{
    Active,
    Paused,
    Ended,
}
