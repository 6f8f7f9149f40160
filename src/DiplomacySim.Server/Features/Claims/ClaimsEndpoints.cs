using DiplomacySim.Server.Features.Claims.ApproveClaim;
using DiplomacySim.Server.Features.Claims.DenyClaim;
using DiplomacySim.Server.Features.Claims.ListClaims;
using DiplomacySim.Server.Features.Claims.SubmitClaim;
using Mediator;

namespace DiplomacySim.Server.Features.Claims;

internal static class ClaimsEndpoints
{
    public static IEndpointRouteBuilder MapClaims(this IEndpointRouteBuilder app)
    {
        var claims = app.MapGroup("/api/games/{game}/claims").WithTags("Claims").RequireAuthorization();
        claims.MapPost("/", async (string game, ClaimInput claim, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created((string?)null, await mediator.Send(new SubmitClaimCommand(game, claim), ct)))
            .WithSummary("A member claims a nation's ministries with a note; approved at once for an open nation of an open game, else pending for a GM.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        claims.MapGet("/", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListClaimsQuery(game), ct)))
            .WithSummary("A GM: every claim, pending first and oldest first, each with its age; anyone else: their own claims and their outcome.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        claims.MapPost("/{id:guid}/approve", async (string game, Guid id, ApprovalInput approval, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveClaimCommand(game, id, approval), ct)))
            .WithSummary("A GM approves a pending claim, seating the claimant in the ministries chosen (none: those asked for).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        claims.MapPost("/{id:guid}/deny", async (string game, Guid id, DenialInput denial, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DenyClaimCommand(game, id, denial), ct)))
            .WithSummary("A GM denies a pending claim with a reason the claimant reads.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
