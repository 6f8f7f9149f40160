using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Pipeline;
using DiplomacySim.Server.Play;
using Mediator;

namespace DiplomacySim.Server.Features.Communiques.SendCommunique;

public sealed record SendCommuniqueCommand(string Game, CommuniqueInput Communique, string? IdempotencyKey) : IGameCommand<SendResult>, IHasInput
{
    object? IHasInput.Input => Communique;
}

public sealed record SendResult(Guid Id, long Seq);

/// <summary>
/// Load the draft's slice of the world → the Domain's rules and <see cref="Correspondence.Deliver"/> →
/// record the letter, its <c>communique.delivered</c> and the contact's opinion effect → return, all in
/// the command's one transaction.
/// </summary>
public sealed class SendCommuniqueHandler(
    GameDbContext db,
    CurrentGame current,
    ViewerLookup viewers,
    WorldLoader worlds,
    ChangeRecorder recorder,
    IdempotentSends idempotency,
    TimeProvider clock) : ICommandHandler<SendCommuniqueCommand, SendResult>
{
    public async ValueTask<SendResult> Handle(SendCommuniqueCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var input = command.Communique;

        if (await idempotency.FindAsync(game.Id, viewers.UserId, command.IdempotencyKey, input, cancellationToken) is { } earlier)
            return earlier;

        var clauses = input.Clauses!.Select(c => c.ToClause()).ToList();
        var draft = await worlds.LoadDraftAsync(game, input.FromMinistry!.Value, input.ToMinistry!.Value, clauses, cancellationToken);
        var world = draft.World;
        var viewer = viewers.InWorld(draft);
        var violations = CommuniqueRules.Check(world, viewer.Actor, input.FromMinistry!.Value, input.ToMinistry!.Value, clauses);
        if (violations.FirstOrDefault(v => v.Code == RuleCodes.SenderNotHeld) is { } notHeld)
            throw new ForbiddenException(RuleCodes.SenderNotHeld, notHeld.Message);
        if (await InReplyTo.CheckAsync(db, game.Id, input.InReplyTo, viewer, cancellationToken) is { } unknownReply)
            violations = [.. violations, unknownReply];
        if (violations.Count > 0)
            throw new RuleViolationException(violations);

        var outcome = new Outcome();
        var communique = Correspondence.Deliver(world, outcome, world.Ministries[input.FromMinistry.Value], world.Ministries[input.ToMinistry!.Value],
            input.Subject!.Trim(), input.Classification!.Value, input.Body!, input.InReplyTo, clauses, clock.GetUtcNow(), viewer.UserId);
        recorder.Record(game, outcome);

        idempotency.Remember(game.Id, viewer.UserId, command.IdempotencyKey, input, communique.Id, communique.Seq);
        return new SendResult(communique.Id, communique.Seq);
    }
}
