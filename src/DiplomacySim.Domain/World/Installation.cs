using DiplomacySim.Domain.Naming;

namespace DiplomacySim.Domain.World;

/// <summary>A base or port on a host nation's territory that foreign forces may be granted.</summary>
public sealed class Installation
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

    /// <summary>Foreign personnel already stationed there.</summary>
    public int ForeignPersonnel { get; private set; }

    public int FreeCapacity => Capacity - ForeignPersonnel;

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
