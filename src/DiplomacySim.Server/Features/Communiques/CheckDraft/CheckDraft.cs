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

public sealed class CheckDraftHandler(GameDbContext db, PlayerLookup players, WorldLoader worlds) : IQueryHandler<CheckDraftQuery, CheckResult>
{
    public async ValueTask<CheckResult> Handle(CheckDraftQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var draft = query.Draft;
        var clauses = draft.Clauses!.Select(c => c.ToClause()).ToList();
        // As a send: who the player is comes from the world loaded for the draft, at no extra query.
        var world = await worlds.LoadDraftAsync(game, draft.FromMinistry!.Value, draft.ToMinistry!.Value, clauses, cancellationToken);
        return new CheckResult(CommuniqueRules.Check(world.World, players.InWorld(world).Actor, draft.FromMinistry!.Value, draft.ToMinistry!.Value, clauses));
    }
}
