using DiplomacySim.Server.Features.Games.GetGame;
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
            .WithSummary("Lists the games.");
        games.MapGet("/{game}", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGameQuery(game), ct)))
            .WithSummary("A game's world: nations, ministries and who holds them, installations, diplomatic missions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
