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
}

public enum GameRole
{
    Player,
    GameMaster,
    Spectator,
}
