using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Members;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Configurations;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Members.AcceptInvitation;

/// <summary><c>POST /api/invitations/{code}/accept</c>: the route names no game, only the code.</summary>
public sealed record AcceptInvitationCommand(string Code) : ICommand<Membership>;

/// <summary>The acceptance itself, once the code has told which game: it runs under that game's lock.</summary>
public sealed record RedeemInvitationCommand(string Game, string Code) : IGameCommand<Membership>;

/// <summary>
/// Finds the game of the code (an unknown one is the same 410 as a spent one, so a guess learns nothing),
/// then redeems it under the game's lock: <see cref="RedeemInvitationCommand"/>.
/// </summary>
public sealed class AcceptInvitationHandler(GameDbContext db, IMediator mediator) : ICommandHandler<AcceptInvitationCommand, Membership>
{
    public async ValueTask<Membership> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var code = command.Code;
        if (code.Length > InvitationConfiguration.CodeLength)
            throw Invitations.NotValid();
        var gameId = await db.Invitations.AsNoTracking().Where(i => i.Code == code).Select(i => (Guid?)i.GameId).SingleOrDefaultAsync(cancellationToken)
            ?? throw Invitations.NotValid();
        return await mediator.Send(new RedeemInvitationCommand(gameId.ToString(), code), cancellationToken);
    }
}

/// <summary>
/// The caller accepts the invitation: load the roster → <see cref="Seating.Accept"/> (valid, a seat if it
/// names a nation, the role raised, one use counted) → record → return. Uses are counted under the game's
/// lock, so of two accepts of the last use one wins and the other is 410.
/// </summary>
public sealed class RedeemInvitationHandler(GameDbContext db, CurrentGame current, Rosters rosters, ChangeRecorder recorder, TimeProvider clock)
    : ICommandHandler<RedeemInvitationCommand, Membership>
{
    public async ValueTask<Membership> Handle(RedeemInvitationCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var caller = await rosters.CallerAsync(cancellationToken);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.GameId == game.Id && i.Code == command.Code, cancellationToken)
            ?? throw Invitations.NotValid();
        var roster = await rosters.LoadAsync(game, cancellationToken);

        var outcome = new Outcome();
        var role = Seating.Accept(roster, invitation, caller, clock.GetUtcNow(), outcome);
        recorder.Record(game, outcome);
        return new Membership(game.Slug, role);
    }
}
