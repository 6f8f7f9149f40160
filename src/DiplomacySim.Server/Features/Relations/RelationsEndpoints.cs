using DiplomacySim.Server.Features.Events;
using DiplomacySim.Server.Features.GameMaster;
using Mediator;

namespace DiplomacySim.Server.Features.Relations;

internal static class RelationsEndpoints
{
    public static IEndpointRouteBuilder MapRelationsAndEvents(this IEndpointRouteBuilder app)
    {
        var game = app.MapGroup("/api/games/{game}").RequireAuthorization();

        game.MapGet("/relations", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRelationsQuery(game), ct)))
            .WithTags("Relations").WithSummary("The opinion matrix the caller may see.");
        game.MapGet("/relations/{from}/{to}", async (string game, string from, string to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRelationQuery(game, from, to), ct)))
            .WithTags("Relations").WithSummary("One directed opinion and the modifiers that explain it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        game.MapGet("/events", async (string game, IMediator mediator, CancellationToken ct, long after = 0, int limit = 100) =>
                TypedResults.Ok(await mediator.Send(new ListEventsQuery(game, after, limit), ct)))
            .WithTags("Events").WithSummary("The game's events after a seq that the caller may see, in seq order.");

        game.MapPost("/clock", async (string game, ClockInput clock, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AdvanceClockCommand(game, clock.Days ?? 0), ct)))
            .WithTags("Game master").WithSummary("A GM advances the in-game date; modifiers decay.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}

public sealed record ClockInput(int? Days);
