using Mediator;

namespace DiplomacySim.Server.Play;

/// <summary>
/// A command that changes one game. The pipeline runs it in one transaction holding the game's lock,
/// so its changes and its events commit together or not at all, and seqs rise without gaps.
/// </summary>
public interface IGameCommand<out TResponse> : ICommand<TResponse>, IGameCommand;

public interface IGameCommand
{
    /// <summary>The game's id or slug, as the route gave it.</summary>
    string Game { get; }
}
