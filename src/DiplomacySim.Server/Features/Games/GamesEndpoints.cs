using DiplomacySim.Server.Features.Games.GetGame;
using DiplomacySim.Server.Features.Games.GetMembership;
using DiplomacySim.Server.Features.Games.ListGames;
using Mediator;

namespace DiplomacySim.Server.Features.Games;

internal static class GamesEndpoints
{
    public static IEndpointRouteBuilder MapGames(this IEndpointRouteBuilder app)
    {
        var games = app.MapGroup("/api/games").WithTags("Games").RequireAuthorization();
        games.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListGamesQuery(), ct)))
            .WithSummary("Lists the games the caller is a member of.");
        games.MapGet("/{game}", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGameQuery(game), ct)))
            .WithSummary("A game's world: nations, ministries and who holds them, installations, diplomatic missions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        games.MapGet("/{game}/me", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMembershipQuery(game), ct)))
            .WithSummary("The caller's place in the game: game master, player (with the ministries and nations held), or spectator. 404 for a user who is not a member.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
