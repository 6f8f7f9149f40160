using DiplomacySim.Server.Features.GameMaster.AdvanceClock;
using Mediator;

namespace DiplomacySim.Server.Features.GameMaster;

internal static class GameMasterEndpoints
{
    public static IEndpointRouteBuilder MapGameMaster(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/games/{game}").WithTags("Game master").RequireAuthorization()
            .MapPost("/clock", async (string game, ClockInput clock, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AdvanceClockCommand(game, clock.Days ?? 0), ct)))
            .WithSummary("A GM advances the in-game date; modifiers decay.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
