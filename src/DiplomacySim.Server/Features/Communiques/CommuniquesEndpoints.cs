using DiplomacySim.Server.Features.Communiques.CheckDraft;
using DiplomacySim.Server.Features.Communiques.ReadCommuniques;
using DiplomacySim.Server.Features.Communiques.RespondToCommunique;
using DiplomacySim.Server.Features.Communiques.SendCommunique;
using DiplomacySim.Server.Pipeline;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DiplomacySim.Server.Features.Communiques;

internal static class CommuniquesEndpoints
{
    public static IEndpointRouteBuilder MapCommuniques(this IEndpointRouteBuilder app)
    {
        var communiques = app.MapGroup("/api/games/{game}/communiques").WithTags("Communiques");

        communiques.MapPost("/check", async (string game, CommuniqueInput draft, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CheckDraftQuery(game, draft), ct)))
            .RequireAuthorization()
            .WithSummary("Checks a draft against the game's rules and lists every rule it breaks. Nothing is stored.")
            .ProducesValidationProblem();

        communiques.MapPost("/", async (string game, CommuniqueInput communique, [FromHeader(Name = IdempotentSends.Header)] string? idempotencyKey,
                    IMediator mediator, CancellationToken ct) =>
                {
                    var sent = await mediator.Send(new SendCommuniqueCommand(game, communique, idempotencyKey), ct);
                    return TypedResults.Created($"/api/games/{Uri.EscapeDataString(game)}/communiques/{sent.Id}", sent);
                })
            .RequireAuthorization()
            .WithSummary("Sends a communique. With an Idempotency-Key header, a retry returns the first result.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        communiques.MapGet("/", async (string game, IMediator mediator, CancellationToken ct, string? box = null, int limit = 100) =>
                TypedResults.Ok(await mediator.Send(new ListCommuniquesQuery(game, Choices.Parse(box, "box", Box.All), limit), ct)))
            .RequireAuthorization(Access.Readers.Policy)
            .WithSummary("The communiques the caller may read, newest first: inbox, sent or all.");

        communiques.MapGet("/{id:guid}", async (string game, Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCommuniqueQuery(game, id), ct)))
            .RequireAuthorization(Access.Readers.Policy)
            .WithSummary("One communique with its clauses and their status. 404 where the caller may not read it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        communiques.MapPost("/{id:guid}/responses", async (string game, Guid id, ResponseInput response, IMediator mediator, CancellationToken ct) =>
                {
                    var answered = await mediator.Send(new RespondToCommuniqueCommand(game, id, response), ct);
                    return TypedResults.Created($"/api/games/{Uri.EscapeDataString(game)}/communiques/{answered.Id}", answered);
                })
            .RequireAuthorization()
            .WithSummary("Answers clauses: accept, reject, or counter with changed terms. Accepted clauses become agreements.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }
}
