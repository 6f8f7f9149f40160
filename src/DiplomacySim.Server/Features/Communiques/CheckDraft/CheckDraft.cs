using DiplomacySim.Domain.Rules;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Pipeline;
using DiplomacySim.Server.Play;
using Mediator;

namespace DiplomacySim.Server.Features.Communiques.CheckDraft;

/// <summary>Every rule a draft breaks, so a player sees the problems before sending. Nothing is stored.</summary>
public sealed record CheckDraftQuery(string Game, CommuniqueInput Draft) : IQuery<CheckResult>, IHasInput
{
    object? IHasInput.Input => Draft;
}

public sealed record CheckResult(IReadOnlyList<RuleViolation> Violations);

public sealed class CheckDraftHandler(GameDbContext db, ViewerLookup viewers, WorldLoader worlds) : IQueryHandler<CheckDraftQuery, CheckResult>
{
    public async ValueTask<CheckResult> Handle(CheckDraftQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var draft = query.Draft;
        var clauses = draft.Clauses!.Select(c => c.ToClause()).ToList();
        // As a send: who the player is comes from the world loaded for the draft, at no extra query.
        var world = await worlds.LoadDraftAsync(game, draft.FromMinistry!.Value, draft.ToMinistry!.Value, clauses, cancellationToken);
        var viewer = viewers.InWorld(world);
        var violations = CommuniqueRules.Check(world.World, viewer.Actor, draft.FromMinistry!.Value, draft.ToMinistry!.Value, clauses);
        // The send's own rule about inReplyTo, so that check and send agree.
        if (await InReplyTo.CheckAsync(db, game.Id, draft.InReplyTo, viewer, cancellationToken) is { } unknownReply)
            violations = [.. violations, unknownReply];
        return new CheckResult(violations);
    }
}
