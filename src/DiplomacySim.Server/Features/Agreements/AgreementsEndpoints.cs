using DiplomacySim.Server.Features.Agreements.ListAgreements;
using DiplomacySim.Server.Features.Agreements.RuleOnAgreement;
using Mediator;

namespace DiplomacySim.Server.Features.Agreements;

internal static class AgreementsEndpoints
{
    public static IEndpointRouteBuilder MapAgreements(this IEndpointRouteBuilder app)
    {
        var agreements = app.MapGroup("/api/games/{game}/agreements").WithTags("Agreements");

        agreements.MapGet("/", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAgreementsQuery(game), ct)))
            .RequireAuthorization(Access.Readers.Policy)
            .WithSummary("The agreements the caller may read.");

        agreements.MapPost("/{id:guid}/ratify", async (string game, Guid id, RulingInput ruling, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RuleOnAgreementCommand(game, id, RulingDecision.Ratify, ruling), ct)))
            .RequireAuthorization()
            .WithSummary("A GM ratifies a pending agreement with a written ruling.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        agreements.MapPost("/{id:guid}/veto", async (string game, Guid id, RulingInput ruling, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RuleOnAgreementCommand(game, id, RulingDecision.Veto, ruling), ct)))
            .RequireAuthorization()
            .WithSummary("A GM vetoes a pending agreement with a written ruling.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
