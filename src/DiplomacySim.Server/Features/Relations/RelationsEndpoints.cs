using DiplomacySim.Server.Features.Relations.GetRelation;
using DiplomacySim.Server.Features.Relations.GetRelations;
using Mediator;

namespace DiplomacySim.Server.Features.Relations;

internal static class RelationsEndpoints
{
    public static IEndpointRouteBuilder MapRelations(this IEndpointRouteBuilder app)
    {
        var game = app.MapGroup("/api/games/{game}").WithTags("Relations").RequireAuthorization(Access.Readers.Policy);

        game.MapGet("/relations", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRelationsQuery(game), ct)))
            .WithSummary("The opinion matrix the caller may see.");
        game.MapGet("/relations/{from}/{to}", async (string game, string from, string to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRelationQuery(game, from, to), ct)))
            .WithSummary("One directed opinion and the modifiers that explain it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
