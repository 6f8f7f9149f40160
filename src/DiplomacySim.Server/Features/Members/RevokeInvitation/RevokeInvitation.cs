using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Members.RevokeInvitation;

public sealed record RevokeInvitationCommand(string Game, string Code) : IGameCommand<Unit>;

/// <summary>
/// A GM revokes an invitation: from now on accepting it is 410, as for a spent one. Revoking one already
/// revoked is no error (DELETE is idempotent); a code this game never had is 404.
/// </summary>
public sealed class RevokeInvitationHandler(GameDbContext db, CurrentGame current, ViewerLookup viewers, TimeProvider clock)
    : ICommandHandler<RevokeInvitationCommand, Unit>
{
    public async ValueTask<Unit> Handle(RevokeInvitationCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var viewer = await viewers.GameMasterAsync(game, "revoke its invitations", cancellationToken);

        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.GameId == game.Id && i.Code == command.Code, cancellationToken)
            ?? throw new NotFoundException("INVITATION_NOT_FOUND", "This game has no such invitation. GET .../invitations lists them.");
        invitation.Revoke(clock.GetUtcNow());
        return Unit.Value;
    }
}
