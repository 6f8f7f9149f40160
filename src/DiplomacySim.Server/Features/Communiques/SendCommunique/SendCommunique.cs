using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Pipeline;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques.SendCommunique;

public sealed record SendCommuniqueCommand(string Game, CommuniqueInput Communique, string? IdempotencyKey) : IGameCommand<SendResult>, IHasInput
{
    object? IHasInput.Input => Communique;
}

public sealed record SendResult(Guid Id, long Seq);

/// <summary>
/// Checks the communique against the rules, delivers it, logs <c>communique.delivered</c> and the
/// contact's opinion effect, all in the command's one transaction.
/// </summary>
public sealed class SendCommuniqueHandler(
    GameDbContext db,
    CurrentGame current,
    ViewerLookup viewers,
    WorldLoader worlds,
    EventLog events,
    OpinionLedger opinions,
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

        var from = world.Ministries[input.FromMinistry.Value];
        var to = world.Ministries[input.ToMinistry!.Value];
        var communique = new Communique(Guid.CreateVersion7(), game.Id, from.Id, to.Id, from.Nation, to.Nation, input.Subject!.Trim(),
            input.Classification!.Value, input.Body!, input.InReplyTo, clock.GetUtcNow(), game.InGameDate, viewer.UserId);
        var parties = new ClauseParties(from.Nation, to.Nation);
        foreach (var clause in clauses)
            communique.AddClause(Guid.CreateVersion7(), clause, parties);
        db.Communiques.Add(communique);

        var seq = events.Append(game, EventLog.CommuniqueDelivered, CommuniqueDeliveredPayload.Of(communique), Audience.Of(communique));
        communique.Delivered(seq);
        opinions.Apply(world, RelationEffects.Of(world.Ruleset, EffectTrigger.CommuniqueDelivered, from.Nation, to.Nation), seq, Audience.Of(communique));

        idempotency.Remember(game.Id, viewer.UserId, command.IdempotencyKey, input, communique.Id, seq);
        return new SendResult(communique.Id, seq);
    }
}
