using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Rulesets;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Communiques;

/// <summary>
/// Letters between ministries: a communique delivered, and the addressed ministry's answer clause by
/// clause. Each decides on the world it is given and logs what happened in the outcome; the rules it
/// refuses by come back as violations, all at once, and then nothing is logged.
/// </summary>
public static class Correspondence
{
    /// <summary>The letter a draft makes, delivered, with the diplomatic contact it brings. The draft's rules were checked.</summary>
    public static Communique Deliver(WorldView world, Outcome outcome, IReadOnlyMinistry from, IReadOnlyMinistry to, string subject, Classification classification,
        string body, Guid? inReplyTo, IReadOnlyList<Clause> clauses, DateTimeOffset now, string sentBy)
    {
        var game = world.Game;
        var communique = new Communique(Guid.CreateVersion7(), game.Id, from.Id, to.Id, from.Nation, to.Nation, subject, classification, body, inReplyTo, now, game.InGameDate, sentBy);
        var parties = new ClauseParties(from.Nation, to.Nation);
        foreach (var clause in clauses)
            communique.AddClause(Guid.CreateVersion7(), clause, parties);
        outcome.Add(communique);
        var delivered = outcome.Log(new CommuniqueDelivered(communique));
        OpinionShifts.Apply(world, outcome, RelationEffects.Of(world.Ruleset, EffectTrigger.CommuniqueDelivered, from.Nation, to.Nation), delivered);
        return communique;
    }

    /// <summary>
    /// The rule that a communique answers one its sender may read: one the sender may not read is
    /// "unknown", exactly as one that does not exist, so that the answer confirms nothing.
    /// </summary>
    public static RuleViolation? CheckReply(Guid? inReplyTo, Communique? answered, Viewer sender) =>
        inReplyTo is null || (answered is not null && answered.IsVisibleTo(sender))
            ? null
            : new RuleViolation(RuleCodes.InReplyToUnknown, "The communique this one answers (inReplyTo) does not exist in this game.", null);

    /// <summary>
    /// <paramref name="responder"/> answers clauses of <paramref name="communique"/>: an acceptance is
    /// checked against the rules again (the world may have changed since sending) and concludes an
    /// agreement; a rejection costs opinion; a counter-proposal travels back in the reply. All or
    /// nothing: the violations of every answer come back together, and then the outcome is not to be recorded.
    /// </summary>
    public static Answer Answer(TrackedWorld world, Outcome outcome, Communique communique, IReadOnlyMinistry responder, Actor actor,
        string body, IReadOnlyList<ClauseAnswer> answers, DateTimeOffset now)
    {
        if (responder.Id != communique.ToMinistry)
            return new(null, [], [new(RuleCodes.NotAddressedToMinistry, "This communique is addressed to another ministry; only it can answer.", null)]);

        var game = world.Game;
        var reply = new Communique(Guid.CreateVersion7(), game.Id, communique.ToMinistry, communique.FromMinistry, communique.ToNation, communique.FromNation,
            ReplySubject(communique.Subject), communique.Classification, body, communique.Id, now, game.InGameDate, actor.UserId);
        outcome.Add(reply);
        var answered = outcome.Log(new CommuniqueAnswered(communique, reply, [.. answers.Select(a => new ClauseDecision(a.ClauseIndex, a.Decision))]));

        var violations = new List<RuleViolation>();
        var agreements = new List<Guid>();
        foreach (var answer in answers)
        {
            var index = answer.ClauseIndex;
            var clause = communique.Clauses.SingleOrDefault(c => c.Index == index);
            if (clause is null)
            {
                violations.Add(new(RuleCodes.ClauseUnknown, $"The communique has no clause {index + 1}; it has {communique.Clauses.Count}.", index));
                continue;
            }
            if (clause.Status != ClauseStatus.Pending)
            {
                violations.Add(new(RuleCodes.ClauseAlreadyAnswered, $"Clause {index + 1} was already answered ({clause.Status.ToString().ToLowerInvariant()}).", index));
                continue;
            }
            switch (answer.Decision)
            {
                case Decision.Accept:
                    Accept(world, outcome, communique, clause, actor, now, violations, agreements);
                    break;
                case Decision.Reject:
                    Reject(world, outcome, communique, clause, answered);
                    break;
                case Decision.Counter:
                    Counter(world, responder, clause, answer.Counter!, reply, violations);
                    break;
            }
        }
        return new(reply, agreements, violations);
    }

    private static void Accept(TrackedWorld world, Outcome outcome, Communique communique, CommuniqueClause clause, Actor actor, DateTimeOffset now,
        List<RuleViolation> violations, List<Guid> agreements)
    {
        if (clause.ConsentForAgreement is { } mandateId)
        {
            if (world.AgreementsToChange.SingleOrDefault(a => a.Id == mandateId) is not { } mandate)
            {
                violations.Add(new(RuleCodes.AgreementNotPending, "The mandate this consent was asked for is no longer pending.", clause.Index));
                return;
            }
            clause.Accept(mandate.Id);
            Treaty.ConsentAnswered(world, outcome, mandate, communique.ToNation, consents: true);
            return;
        }
        var broken = ClauseRules.CheckAcceptance(world, clause.Parties, clause.Terms, clause.Index);
        if (broken.Count > 0)
        {
            violations.AddRange(broken);
            return;
        }
        agreements.Add(Treaty.Conclude(world, outcome, communique, clause, actor.UserId, now).Id);
    }

    private static void Reject(TrackedWorld world, Outcome outcome, Communique communique, CommuniqueClause clause, CommuniqueAnswered answered)
    {
        clause.Reject();
        if (clause.ConsentForAgreement is { } mandateId && world.AgreementsToChange.SingleOrDefault(a => a.Id == mandateId) is { } mandate)
        {
            Treaty.ConsentAnswered(world, outcome, mandate, communique.ToNation, consents: false);
            return;
        }
        // The nation whose proposal was turned down thinks less of the one that turned it down.
        OpinionShifts.Apply(world, outcome, RelationEffects.Of(world.Ruleset, EffectTrigger.ClauseRejected, communique.FromNation, communique.ToNation), answered);
    }

    private static void Counter(WorldView world, IReadOnlyMinistry responder, CommuniqueClause clause, Clause counter, Communique reply, List<RuleViolation> violations)
    {
        if (clause.ConsentForAgreement is not null)
        {
            violations.Add(new(RuleCodes.CounterNotAllowed, $"Clause {clause.Index + 1} asks for consent to a mandate: accept or reject it.", clause.Index));
            return;
        }
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

    // The longest subject a communique may have (the server's Limits.SubjectLength says the same to the validator).
    public const int SubjectLength = 300;

    private static string ReplySubject(string subject)
    {
        var re = subject.StartsWith("Re: ", StringComparison.OrdinalIgnoreCase) ? subject : "Re: " + subject;
        return re.Length <= SubjectLength ? re : re[..SubjectLength];
    }
}

/// <summary>One clause's answer: its index, the decision, and for a counter-proposal the clause offered instead.</summary>
public sealed record ClauseAnswer(int ClauseIndex, Decision Decision, Clause? Counter);

/// <summary>What an answer made: the reply, the agreements concluded, or the violations that refuse it all.</summary>
public sealed record Answer(Communique? Reply, IReadOnlyList<Guid> Agreements, IReadOnlyList<RuleViolation> Violations);
