using DiplomacySim.Server.Features.Games.CreateGame;
using DiplomacySim.Server.Features.Games.DescribeGame;
using DiplomacySim.Server.Features.Games.GetGame;
using DiplomacySim.Server.Features.Games.GetMembership;
using DiplomacySim.Server.Features.Games.ListGames;
using DiplomacySim.Server.Features.Games.ListTemplates;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DiplomacySim.Server.Features.Games;

internal static class GamesEndpoints
{
    public static IEndpointRouteBuilder MapGames(this IEndpointRouteBuilder app)
    {
        var games = app.MapGroup("/api/games").WithTags("Games");
        games.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListGamesQuery(), ct)))
            .RequireAuthorization(Access.Readers.Policy)
            .WithSummary("Lists the games the caller is a member of, then the public ones, each with the caller's role; without a token, the public ones.");
        games.MapPost("/", async (CreateGameCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/games/{created.Slug}", created);
            })
            // A 200-nation scenario with its missions listed is about a megabyte; far beyond is not a scenario.
            .WithMetadata(new RequestSizeLimitAttribute(ScenarioUploadLimit))
            .RequireAuthorization()
            .WithSummary("Creates a campaign from a template, an uploaded scenario, or blank; the caller becomes its game master.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        games.MapPatch("/{game}", async (string game, GameDescription change, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DescribeGameCommand(game, change), ct)))
            .RequireAuthorization()
            .WithSummary("A GM changes the campaign's title, description, visibility or join policy.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        games.MapGet("/{game}", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetGameQuery(game), ct)))
            .RequireAuthorization(Access.Readers.Policy)
            .WithSummary("A game's world: nations, ministries and who holds them, installations, diplomatic missions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        games.MapGet("/{game}/me", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMembershipQuery(game), ct)))
            .RequireAuthorization()
            .WithSummary("The caller's place in the game: game master, player (with the ministries and nations held), or spectator. 404 for a user who is not a member.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/templates", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListTemplatesQuery(), ct)))
            .WithTags("Games").RequireAuthorization()
            .WithSummary("The scenario files the server holds, to start a campaign from.");
        return app;
    }

    public const long ScenarioUploadLimit = 4 * 1024 * 1024;
}
