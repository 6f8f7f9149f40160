using DiplomacySim.Domain.Naming;

namespace DiplomacySim.Domain.World;

/// <summary>An installation as the rules read it: what a cached world hands out (see <see cref="WorldView"/>).</summary>
public interface IReadOnlyInstallation
{
    Guid Id { get; }
    string Nation { get; }
    string Name { get; }
    IReadOnlyList<string> Aliases { get; }
    InstallationKind Kind { get; }
    int Capacity { get; }
    int ForeignPersonnel { get; }
    int ReservedPersonnel { get; }
    int FreeCapacity { get; }
    bool IsCalled(string name);
}

/// <summary>A base or port on a host nation's territory that foreign forces may be granted.</summary>
public sealed class Installation : IReadOnlyInstallation
{
    public Installation(Guid id, Guid gameId, string nation, string name, InstallationKind kind, int capacity)
    {
        Id = id;
        GameId = gameId;
        Nation = nation;
        Name = name;
        Kind = kind;
        Capacity = capacity;
    }

    public Guid Id { get; private set; }
    public Guid GameId { get; private set; }

    /// <summary>The code of the host nation, on whose territory the installation lies.</summary>
    public string Nation { get; private set; }

    public string Name { get; private set; }
    public List<string> Aliases { get; private set; } = [];
    public InstallationKind Kind { get; private set; }

    /// <summary>How many foreign personnel the installation can take in all.</summary>
    public int Capacity { get; private set; }

    /// <summary>Foreign personnel already stationed there (under agreements in force).</summary>
    public int ForeignPersonnel { get; private set; }

    /// <summary>
    /// Foreign personnel promised by accepted basing agreements that await ratification: held back so
    /// that two acceptances can never promise the same room twice.
    /// </summary>
    public int ReservedPersonnel { get; private set; }

    public int FreeCapacity => Capacity - ForeignPersonnel - ReservedPersonnel;

    IReadOnlyList<string> IReadOnlyInstallation.Aliases => Aliases;

    /// <summary>Matches the name or an alias, ignoring case, diacritics and punctuation.</summary>
    public bool IsCalled(string name)
    {
        var key = NameKey.Of(name);
        return NameKey.Of(Name) == key || Aliases.Exists(alias => NameKey.Of(alias) == key);
    }

    public void Station(int personnel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(personnel);
        if (personnel > FreeCapacity)
            throw new InvalidOperationException($"{Name} has room for {FreeCapacity} more foreign personnel, not {personnel}.");
        ForeignPersonnel += personnel;
    }

    /// <summary>Holds room for personnel of an accepted agreement until it enters into force or fails.</summary>
    public void Reserve(int personnel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(personnel);
        if (personnel > FreeCapacity)
            throw new InvalidOperationException($"{Name} has room for {FreeCapacity} more foreign personnel, not {personnel}.");
        ReservedPersonnel += personnel;
    }

    /// <summary>Gives back room held for an agreement that was vetoed or ended before entering into force.</summary>
    public void ReleaseReservation(int personnel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(personnel);
        ReservedPersonnel = Math.Max(0, ReservedPersonnel - personnel);
    }

    /// <summary>The agreement entered into force: the personnel held for it are now stationed.</summary>
    public void StationReserved(int personnel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(personnel);
        if (personnel > ReservedPersonnel)
            throw new InvalidOperationException($"{Name} holds {ReservedPersonnel} reserved places, not {personnel}.");
        ReservedPersonnel -= personnel;
        ForeignPersonnel += personnel;
    }

    public void Withdraw(int personnel)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(personnel);
        ForeignPersonnel = Math.Max(0, ForeignPersonnel - personnel);
    }
}

public enum InstallationKind
{
    AirBase,
    NavalBase,
    Port,
    ArmyBase,
    Airport,
    ListeningStation,
}
