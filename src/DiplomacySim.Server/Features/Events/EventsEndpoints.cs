using DiplomacySim.Server.Features.Events.ListEvents;
using Mediator;

namespace DiplomacySim.Server.Features.Events;

internal static class EventsEndpoints
{
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/games/{game}").WithTags("Events").RequireAuthorization(Access.Readers.Policy)
            .MapGet("/events", async (string game, IMediator mediator, CancellationToken ct, long after = 0, int limit = 100) =>
                TypedResults.Ok(await mediator.Send(new ListEventsQuery(game, after, limit), ct)))
            .WithSummary("The game's events after a seq that the caller may see, in seq order.");
        return app;
    }
}
