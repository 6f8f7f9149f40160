using DiplomacySim.Domain.World;

namespace DiplomacySim.Server.Play;

/// <summary>The game a command runs in, loaded and locked by <see cref="Pipeline.GameTransactionBehavior{TMessage, TResponse}"/>.</summary>
public sealed class CurrentGame
{
    private Game? game;

    public Game Game
    {
        get => game ?? throw new InvalidOperationException("No game is locked: the message is not an IGameCommand.");
        set => game = value;
    }

    /// <summary>In a group-commit batch, the opinion sums as the commands before this one left them; null otherwise.</summary>
    public BatchOpinions? Opinions { get; set; }
}
