using DiplomacySim.Server.Features.Members.AcceptInvitation;
using DiplomacySim.Server.Features.Members.AssignSeat;
using DiplomacySim.Server.Features.Members.CreateInvitation;
using DiplomacySim.Server.Features.Members.JoinCampaign;
using DiplomacySim.Server.Features.Members.ListInvitations;
using DiplomacySim.Server.Features.Members.ListMembers;
using DiplomacySim.Server.Features.Members.RemoveMember;
using DiplomacySim.Server.Features.Members.RevokeInvitation;
using Mediator;

namespace DiplomacySim.Server.Features.Members;

internal static class MembersEndpoints
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder app)
    {
        var game = app.MapGroup("/api/games/{game}").WithTags("Members").RequireAuthorization();
        game.MapGet("/members", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListMembersQuery(game), ct)))
            .WithSummary("The game's members, for any member: user name, display name, role and the ministries held.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        game.MapDelete("/members/{userName}", async (string game, string userName, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveMemberCommand(game, userName), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("A member leaves (their own name), or a GM removes one; their ministries fall vacant. The last GM cannot leave (409 LAST_GAME_MASTER).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        game.MapPost("/join", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new JoinCampaignCommand(game), ct)))
            .WithSummary("Joins a public or unlisted campaign as a spectator; a member stays as they are.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        game.MapPut("/ministries/{id:guid}/holder", async (string game, Guid id, HolderInput holder, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AssignSeatCommand(game, id, holder), ct)))
            .WithSummary("A GM gives a ministry to a member (taking it from its holder) or vacates it (userName null); its holder may resign it; a nation's foreign minister may give its other vacant ministries to another member.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        game.MapPost("/invitations", async (string game, InvitationInput invitation, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateInvitationCommand(game, invitation), ct);
                return TypedResults.Created(created.Url, created);
            })
            .WithSummary("A GM makes an invitation link: a role, how long it lasts, how many may use it, and for a player a nation to seat them in.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        game.MapGet("/invitations", async (string game, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInvitationsQuery(game), ct)))
            .WithSummary("A GM lists the game's invitations with their uses left, expiry and whether revoked.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        game.MapDelete("/invitations/{code}", async (string game, string code, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeInvitationCommand(game, code), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("A GM revokes an invitation: accepting it is 410 from now on.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/invitations/{code}/accept", async (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AcceptInvitationCommand(code), ct)))
            .WithTags("Members").RequireAuthorization()
            .WithSummary("The signed-in user accepts an invitation; an unknown, expired, used-up or revoked code is 410 INVITATION_NOT_VALID.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }
}
