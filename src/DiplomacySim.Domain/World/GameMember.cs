namespace DiplomacySim.Domain.World;

/// <summary>
/// An account's place in one game. Game masters are named per game; players take part through the
/// ministries they hold, spectators only watch.
/// </summary>
public sealed class GameMember
{
    public GameMember(Guid gameId, string userId, GameRole role)
    {
        GameId = gameId;
        UserId = userId;
        Role = role;
    }

    public Guid GameId { get; private set; }
    public string UserId { get; private set; }
    public GameRole Role { get; private set; }

    public bool IsGameMaster => Role == GameRole.GameMaster;

    /// <summary>Raises the member to <paramref name="role"/> if it ranks above theirs; never lowers (a GM invited as a player stays a GM).</summary>
    public bool RaiseTo(GameRole role)
    {
        if (Rank(role) <= Rank(Role))
            return false;
        Role = role;
        return true;
    }

    /// <summary>Spectator below player below game master.</summary>
    public static int Rank(GameRole role) => role switch
    {
        GameRole.Spectator => 0,
        GameRole.Player => 1,
        GameRole.GameMaster => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}

public enum GameRole
{
    Player,
    GameMaster,
    Spectator,
}
