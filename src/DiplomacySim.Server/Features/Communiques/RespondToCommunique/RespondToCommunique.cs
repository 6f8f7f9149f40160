using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Pipeline;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques.RespondToCommunique;

public sealed record RespondToCommuniqueCommand(string Game, Guid Communique, ResponseInput Response) : IGameCommand<ResponseResult>, IHasInput
{
    object? IHasInput.Input => Response;
}

/// <summary>The reply communique the answer created (it carries any counter-proposals), and the agreements concluded.</summary>
public sealed record ResponseResult(Guid Id, long Seq, IReadOnlyList<Guid> Agreements);

/// <summary>
/// Load the letter and the whole world (answers move third parties' opinions) → the Domain answers
/// clause by clause (<see cref="Correspondence.Answer"/>) → record → return. All or nothing: if one
/// answer breaks a rule, the outcome is not recorded and the transaction saves nothing.
/// </summary>
public sealed class RespondToCommuniqueHandler(
    GameDbContext db,
    CurrentGame current,
    ViewerLookup viewers,
    WorldLoader worlds,
    ChangeRecorder recorder,
    TimeProvider clock) : ICommandHandler<RespondToCommuniqueCommand, ResponseResult>
{
    public async ValueTask<ResponseResult> Handle(RespondToCommuniqueCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var viewer = await viewers.ForGameAsync(game, cancellationToken);
        var communique = await db.Communiques.SingleOrDefaultAsync(c => c.GameId == game.Id && c.Id == command.Communique, cancellationToken);
        if (communique is null || !communique.IsVisibleTo(viewer))
            throw NotFound.Communique(command.Communique);

        var world = await worlds.LoadAsync(game, cancellationToken);
        var input = command.Response;
        if (!world.Ministries.TryGetValue(input.FromMinistry!.Value, out var responder) || !CommuniqueRules.MayActFor(viewer.Actor, responder))
            throw new ForbiddenException(RuleCodes.SenderNotHeld, "You do not hold the ministry you are answering for.");

        // A GM answering a consent request for a host no player holds rules on the mandate, and must be impartial.
        if (!responder.IsHeldBy(viewer.UserId))
        {
            var answered = input.Responses!.Select(r => r.ClauseIndex).ToHashSet();
            foreach (var clause in communique.Clauses.Where(c => c.ConsentForAgreement is not null && answered.Contains(c.Index)))
            {
                if (world.AgreementsToChange.SingleOrDefault(a => a.Id == clause.ConsentForAgreement) is { } mandate
                    && Impartiality.Refusal(viewer, mandate, world.NameOf) is { } conflict)
                    throw new ForbiddenException(Impartiality.ConflictOfInterest, conflict);
            }
        }

        var outcome = new Outcome();
        var answers = input.Responses!.Select(r => new ClauseAnswer(r.ClauseIndex!.Value, r.Decision!.Value, r.Counter?.ToClause())).ToList();
        var answer = Correspondence.Answer(world, outcome, communique, responder, viewer.Actor, input.Body!, answers, clock.GetUtcNow());
        if (answer.Violations.Count > 0)
            throw new RuleViolationException(answer.Violations);

        recorder.Record(game, outcome);
        return new ResponseResult(answer.Reply!.Id, answer.Reply.Seq, answer.Agreements);
    }
}
