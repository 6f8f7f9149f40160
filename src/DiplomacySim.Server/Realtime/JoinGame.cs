using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Realtime;

/// <summary>A connection asks for a game's events after <see cref="AfterSeq"/>.</summary>
public sealed record JoinGameQuery(string Game, long AfterSeq) : IQuery<GameSubscription>;

/// <summary>The game joined and what the caller may see of it.</summary>
public sealed record GameSubscription(Guid GameId, Viewer Viewer);

public sealed class JoinGameValidator : AbstractValidator<JoinGameQuery>
{
    public JoinGameValidator()
    {
        RuleFor(q => q.Game).NotEmpty();
        RuleFor(q => q.AfterSeq).GreaterThanOrEqualTo(0);
    }
}

/// <summary>Only the game's members (GMs, players holding a ministry, spectators) may watch it.</summary>
public sealed class JoinGameHandler(GameDbContext db, PlayerLookup players, CurrentUser user) : IQueryHandler<JoinGameQuery, GameSubscription>
{
    public async ValueTask<GameSubscription> Handle(JoinGameQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var player = await players.ForGameAsync(game.Id, cancellationToken);
        var userId = user.Id;
        var isMember = player.IsGameMaster || player.Ministries.Count > 0
            || await db.GameMembers.AnyAsync(m => m.GameId == game.Id && m.UserId == userId, cancellationToken);
        if (!isMember)
            throw new ForbiddenException("NOT_IN_GAME", $"You are not a member of the game '{game.Slug}': a GM, a player holding a ministry or a spectator.");
        return new GameSubscription(game.Id, Viewer.Of(player));
    }
}
