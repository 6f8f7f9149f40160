using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Rulesets;
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
    PlayerLookup players,
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

        if (await idempotency.FindAsync(game.Id, players.UserId, command.IdempotencyKey, input, cancellationToken) is { } earlier)
            return earlier;

        var clauses = input.Clauses!.Select(c => c.ToClause()).ToList();
        var draft = await worlds.LoadDraftAsync(game, input.FromMinistry!.Value, input.ToMinistry!.Value, clauses, cancellationToken);
        var world = draft.World;
        var player = players.InWorld(draft);
        var violations = CommuniqueRules.Check(world, player.Actor, input.FromMinistry!.Value, input.ToMinistry!.Value, clauses);
        if (violations.FirstOrDefault(v => v.Code == RuleCodes.SenderNotHeld) is { } notHeld)
            throw new ForbiddenException(RuleCodes.SenderNotHeld, notHeld.Message);
        if (input.InReplyTo is { } inReplyTo && !await CanSeeAsync(inReplyTo, player, cancellationToken))
            violations = [.. violations, new RuleViolation("IN_REPLY_TO_UNKNOWN", "The communique this one answers (inReplyTo) does not exist in this game.", null)];
        if (violations.Count > 0)
            throw new RuleViolationException(violations);

        var from = world.Ministries[input.FromMinistry.Value];
        var to = world.Ministries[input.ToMinistry!.Value];
        var communique = new Communique(Guid.CreateVersion7(), game.Id, from.Id, to.Id, from.Nation, to.Nation, input.Subject!.Trim(),
            input.Classification!.Value, input.Body!, input.InReplyTo, clock.GetUtcNow(), game.InGameDate, player.UserId);
        var parties = new ClauseParties(from.Nation, to.Nation);
        foreach (var clause in clauses)
            communique.AddClause(Guid.CreateVersion7(), clause, parties);
        db.Communiques.Add(communique);

        var seq = events.Append(game, EventLog.CommuniqueDelivered, CommuniqueDeliveredPayload.Of(communique), CommuniqueAudience(communique));
        communique.Delivered(seq);
        opinions.Apply(world, RelationEffects.Of(world.Ruleset, EffectTrigger.CommuniqueDelivered, from.Nation, to.Nation), seq);

        idempotency.Remember(game.Id, player.UserId, command.IdempotencyKey, input, communique.Id, seq);
        return new SendResult(communique.Id, seq);
    }

    /// <summary>Public communiques reach everyone; the others only their two nations (GMs see all events).</summary>
    public static IReadOnlyCollection<string>? CommuniqueAudience(Communique communique) =>
        communique.Classification == Classification.Public ? null : [communique.FromNation, communique.ToNation];

    private async Task<bool> CanSeeAsync(Guid id, Player player, CancellationToken cancellationToken)
    {
        var communique = await db.Communiques.AsNoTracking().IgnoreAutoIncludes()
            .SingleOrDefaultAsync(c => c.Id == id && c.GameId == current.Game.Id, cancellationToken);
        return communique is not null && communique.IsVisibleTo(player.Nations, player.IsGameMaster);
    }
}
