using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;

namespace DiplomacySim.Server.Features.Events.JoinGame;

/// <summary>A connection asks for a game's events after <see cref="AfterSeq"/>.</summary>
public sealed record JoinGameQuery(string Game, long AfterSeq) : IQuery<GameSubscription>;

/// <summary>
/// The game joined and what the caller may see of it, from the seats as they stood at
/// <paramref name="WorldVersion"/> (read before the seats, so a later change of seats moves it on).
/// </summary>
public sealed record GameSubscription(Guid GameId, Viewer Viewer, int WorldVersion);

public sealed class JoinGameValidator : AbstractValidator<JoinGameQuery>
{
    public JoinGameValidator()
    {
        RuleFor(q => q.Game).NotEmpty();
        RuleFor(q => q.AfterSeq).GreaterThanOrEqualTo(0);
    }
}

/// <summary>
/// Only the game's members (GMs, players holding a ministry, spectators) may watch it; anyone else is
/// told GAME_NOT_FOUND, as over REST, so that a game confirms nothing of itself to outsiders.
/// </summary>
public sealed class JoinGameHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<JoinGameQuery, GameSubscription>
{
    public async ValueTask<GameSubscription> Handle(JoinGameQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        return new GameSubscription(game.Id, await viewers.ForGameAsync(game, cancellationToken), game.WorldVersion);
    }
}
