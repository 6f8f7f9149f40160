using DiplomacySim.Server.Features.Events.JoinGame;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace DiplomacySim.Server.Realtime;

/// <summary>
/// <c>/hubs/game</c>: a client joins a game with the last seq it has and receives, through
/// <see cref="IGameClient.Event"/>, every later event it may see, in seq order. Thin: the mediator
/// decides who may join; <see cref="GameEventRelay"/> delivers.
/// </summary>
[Authorize]
public sealed class GameHub(IMediator mediator, CurrentUser user, GameEventRelay relay) : Hub<IGameClient>
{
    public const string Path = "/hubs/game";

    /// <summary>Joins <paramref name="game"/> (id or slug); a connection watches one game at a time.</summary>
    public async Task JoinGame(string game, long afterSeq)
    {
        user.Principal = Context.User;
        var subscription = await mediator.Send(new JoinGameQuery(game, afterSeq), Context.ConnectionAborted);
        await relay.SubscribeAsync(subscription.GameId, subscription.Viewer, subscription.WorldVersion, Context, afterSeq);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await relay.UnsubscribeAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
