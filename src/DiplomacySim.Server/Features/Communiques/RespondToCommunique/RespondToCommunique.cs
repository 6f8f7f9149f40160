using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Features.Communiques.ReadCommuniques;
using DiplomacySim.Server.Features.Communiques.SendCommunique;
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
/// Answers clauses: an acceptance is checked against the rules again (the world may have changed
/// since sending) and concludes an agreement; a rejection costs opinion; a counter-proposal travels
/// back in the reply. All or nothing: if one answer breaks a rule, none is recorded.
/// </summary>
public sealed class RespondToCommuniqueHandler(
    GameDbContext db,
    CurrentGame current,
    ViewerLookup viewers,
    WorldLoader worlds,
    EventLog events,
    OpinionLedger opinions,
    Treaties treaties,
    TimeProvider clock) : ICommandHandler<RespondToCommuniqueCommand, ResponseResult>
{
    public async ValueTask<ResponseResult> Handle(RespondToCommuniqueCommand command, CancellationToken cancellationToken)
    {
        var game = current.Game;
        var viewer = await viewers.ForGameAsync(game, cancellationToken);
        var communique = await db.Communiques.SingleOrDefaultAsync(c => c.GameId == game.Id && c.Id == command.Communique, cancellationToken);
        if (communique is null || !communique.IsVisibleTo(viewer))
            throw GetCommuniqueHandler.NotFound(command.Communique);

        var world = await worlds.LoadAsync(game, cancellationToken);
        var input = command.Response;
        if (!world.Ministries.TryGetValue(input.FromMinistry!.Value, out var responder) || !CommuniqueRules.MayActFor(viewer.Actor, responder))
            throw new ForbiddenException(RuleCodes.SenderNotHeld, "You do not hold the ministry you are answering for.");
        if (responder.Id != communique.ToMinistry)
            throw new RuleViolationException([new("NOT_ADDRESSED_TO_MINISTRY", $"This communique is addressed to another ministry; only it can answer.", null)]);

        var reply = new Communique(Guid.CreateVersion7(), game.Id, communique.ToMinistry, communique.FromMinistry, communique.ToNation, communique.FromNation,
            Reply(communique.Subject), communique.Classification, input.Body!, communique.Id, clock.GetUtcNow(), game.InGameDate, viewer.UserId);
        db.Communiques.Add(reply);
        var seq = events.Append(game, EventLog.CommuniqueAnswered,
            new CommuniqueAnsweredPayload(communique.Id, reply.Id, [.. input.Responses!.Select(r => new DecisionPayload(r.ClauseIndex!.Value, r.Decision!.Value))]),
            Audience.Of(communique));
        reply.Delivered(seq);

        var violations = new List<RuleViolation>();
        var agreements = new List<Guid>();
        foreach (var response in input.Responses!)
        {
            var index = response.ClauseIndex!.Value;
            var clause = communique.Clauses.SingleOrDefault(c => c.Index == index);
            if (clause is null)
            {
                violations.Add(new("CLAUSE_UNKNOWN", $"The communique has no clause {index + 1}; it has {communique.Clauses.Count}.", index));
                continue;
            }
            if (clause.Status != ClauseStatus.Pending)
            {
                violations.Add(new("CLAUSE_ALREADY_ANSWERED", $"Clause {index + 1} was already answered ({clause.Status.ToString().ToLowerInvariant()}).", index));
                continue;
            }
            switch (response.Decision!.Value)
            {
                case Decision.Accept:
                    Accept(world, communique, clause, viewer, violations, agreements);
                    break;
                case Decision.Reject:
                    Reject(world, communique, clause, seq);
                    break;
                case Decision.Counter:
                    Counter(world, responder, clause, response.Counter!, reply, violations);
                    break;
            }
        }
        if (violations.Count > 0)
            throw new RuleViolationException(violations);
        return new ResponseResult(reply.Id, seq, agreements);
    }

    private void Accept(WorldView world, Communique communique, CommuniqueClause clause, Viewer viewer, List<RuleViolation> violations, List<Guid> agreements)
    {
        if (clause.ConsentForAgreement is { } mandateId)
        {
            var mandate = world.Agreements.SingleOrDefault(a => a.Id == mandateId);
            if (mandate is null)
            {
                violations.Add(new("AGREEMENT_NOT_PENDING", "The mandate this consent was asked for is no longer pending.", clause.Index));
                return;
            }
            clause.Accept(mandate.Id);
            treaties.Advanced(world, mandate, mandate.RecordHostConsent(given: true, world.Today));
            return;
        }
        var broken = ClauseRules.CheckAcceptance(world, clause.Parties, clause.Terms, clause.Index);
        if (broken.Count > 0)
        {
            violations.AddRange(broken);
            return;
        }
        agreements.Add(treaties.Conclude(world, communique, clause, viewer).Id);
    }

    private void Reject(WorldView world, Communique communique, CommuniqueClause clause, long seq)
    {
        clause.Reject();
        if (clause.ConsentForAgreement is { } mandateId && world.Agreements.SingleOrDefault(a => a.Id == mandateId) is { } mandate)
        {
            mandate.RecordHostConsent(given: false, world.Today);
            treaties.Failed(world, mandate);
            return;
        }
        // The nation whose proposal was turned down thinks less of the one that turned it down.
        opinions.Apply(world, RelationEffects.Of(world.Ruleset, EffectTrigger.ClauseRejected, communique.FromNation, communique.ToNation), seq, Audience.Of(communique));
    }

    private static void Counter(WorldView world, Ministry responder, CommuniqueClause clause, ClauseInput counterInput, Communique reply, List<RuleViolation> violations)
    {
        if (clause.ConsentForAgreement is not null)
        {
            violations.Add(new("COUNTER_NOT_ALLOWED", $"Clause {clause.Index + 1} asks for consent to a mandate: accept or reject it.", clause.Index));
            return;
        }
        var counter = counterInput.ToClause();
        var broken = ClauseRules.CheckCounter(clause.Terms, counter, clause.Index)
            .Concat(ClauseRules.Check(world, responder, clause.Parties, counter, clause.Index))
            .ToList();
        if (broken.Count > 0)
        {
            violations.AddRange(broken);
            return;
        }
        clause.Counter();
        reply.AddClause(Guid.CreateVersion7(), counter, clause.Parties, answers: clause.Id);
    }

    private static string Reply(string subject)
    {
        var re = subject.StartsWith("Re: ", StringComparison.OrdinalIgnoreCase) ? subject : "Re: " + subject;
        return re.Length <= Limits.SubjectLength ? re : re[..Limits.SubjectLength];
    }
}

public sealed record CommuniqueAnsweredPayload(Guid Communique, Guid Reply, IReadOnlyList<DecisionPayload> Decisions);

public sealed record DecisionPayload(int ClauseIndex, Decision Decision);
