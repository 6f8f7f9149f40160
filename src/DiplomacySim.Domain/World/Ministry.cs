namespace DiplomacySim.Domain.World;

/// <summary>A ministry as the rules read it: what a cached world hands out (see <see cref="WorldView"/>).</summary>
public interface IReadOnlyMinistry
{
    Guid Id { get; }
    string Nation { get; }
    MinistryKind Kind { get; }
    string Title { get; }
    string? MinisterName { get; }
    string? HolderId { get; }
    bool IsHeldBy(string userId);
}

/// <summary>A ministry of a nation, held by at most one player, speaking through its minister.</summary>
public sealed class Ministry : IReadOnlyMinistry
{
    public Ministry(Guid id, Guid gameId, string nation, MinistryKind kind, string title, string? ministerName)
    {
        Id = id;
        GameId = gameId;
        Nation = nation;
        Kind = kind;
        Title = title;
        MinisterName = ministerName;
    }

    public Guid Id { get; private set; }
    public Guid GameId { get; private set; }

    /// <summary>The code of the nation the ministry belongs to.</summary>
    public string Nation { get; private set; }

    public MinistryKind Kind { get; private set; }

    /// <summary>The title as letters write it ("Ministry of Foreign Affairs of the Russian Federation").</summary>
    public string Title { get; private set; }

    /// <summary>The minister's in-character name, for letters signed by name.</summary>
    public string? MinisterName { get; private set; }

    /// <summary>The id of the account that plays the ministry; null while nobody holds it.</summary>
    public string? HolderId { get; private set; }

    public bool IsHeldBy(string userId) => HolderId is not null && HolderId == userId;

    public void AssignTo(string userId) => HolderId = userId;

    public void Vacate() => HolderId = null;
}

public enum MinistryKind
{
    ForeignAffairs,
    Defence,
    Trade,
    Interior,
    Energy,
    HeadOfGovernment,
}
