namespace DiplomacySim.Domain.World;

/// <summary>A mission as the rules read it: what a cached world hands out (see <see cref="WorldView"/>).</summary>
public interface IReadOnlyMission
{
    string From { get; }
    string To { get; }
    MissionStatus Status { get; }
    bool IsOpen { get; }
}

/// <summary>The state of one nation's mission (embassy) in another: a directed relation.</summary>
public sealed class DiplomaticMission : IReadOnlyMission
{
    public DiplomaticMission(Guid gameId, string from, string to, MissionStatus status)
    {
        if (from == to)
            throw new ArgumentException("A nation keeps no mission in itself.", nameof(to));
        GameId = gameId;
        From = from;
        To = to;
        Status = status;
    }

    public Guid GameId { get; private set; }

    /// <summary>The sending nation's code.</summary>
    public string From { get; private set; }

    /// <summary>The receiving (host) nation's code.</summary>
    public string To { get; private set; }

    public MissionStatus Status { get; private set; }

    public bool IsOpen => Status == MissionStatus.Open;

    public void Close() => Status = MissionStatus.Closed;

    public void Sever() => Status = MissionStatus.Severed;

    public void Reopen() => Status = MissionStatus.Open;
}

public enum MissionStatus
{
    Open,
    Closed,
    Severed,
}
