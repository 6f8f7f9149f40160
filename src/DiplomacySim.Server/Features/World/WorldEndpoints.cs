using DiplomacySim.Server.Features.World.ChangeNation;
using Mediator;

namespace DiplomacySim.Server.Features.World;

/// <summary>The world while it plays (API.md): for now, a nation's claim status.</summary>
internal static class WorldEndpoints
{
    public static IEndpointRouteBuilder MapWorld(this IEndpointRouteBuilder app)
    {
        var game = app.MapGroup("/api/games/{game}").WithTags("World").RequireAuthorization();
        game.MapPatch("/nations/{code}", async (string game, string code, NationChange change, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeNationCommand(game, code, change), ct)))
            .WithSummary("A GM changes a nation; for now only its claimStatus (open, applicationOnly, reserved), any other field is 400.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
