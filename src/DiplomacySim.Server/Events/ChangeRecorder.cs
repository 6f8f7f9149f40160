using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;

namespace DiplomacySim.Server.Events;

/// <summary>
/// Records what the Domain decided, inside the command's transaction: the new entities as rows, and one
/// event per change in the order they were made, numbered from the locked game row so seqs rise by one
/// with no gaps. The only writer of the event log; pushes leave from the committed log (decision 8).
/// </summary>
public sealed class ChangeRecorder(GameDbContext db, TimeProvider clock)
{
    public void Record(Game game, Outcome outcome)
    {
        db.Communiques.AddRange(outcome.NewCommuniques);
        db.Agreements.AddRange(outcome.NewAgreements);
        db.OpinionModifiers.AddRange(outcome.NewModifiers);
        db.OpinionModifiers.RemoveRange(outcome.FadedModifiers);
        db.GameMembers.AddRange(outcome.NewMembers);
        db.GameMembers.RemoveRange(outcome.DepartedMembers);
        db.Claims.AddRange(outcome.NewClaims);
        db.Missions.AddRange(outcome.NewMissions);

        // Changes are records (equal by value): their seqs are kept by reference.
        var seqs = new Dictionary<GameChange, long>(ReferenceEqualityComparer.Instance);
        foreach (var change in outcome.Changes)
        {
            var seq = game.NextEventSeq();
            seqs[change] = seq;
            var (type, payload, disclosure, undisclosed) = Describe(change, seqs);
            var narrower = disclosure is { IsPublic: false } && !(change.Audience.Nations is { } nations && disclosure.IncludesAll(nations));
            db.Events.Add(new GameEvent(game.Id, seq, type, clock.GetUtcNow(), game.InGameDate, StoredJson.Write(payload), change.Audience.Nations?.ToList(),
                narrower ? [.. disclosure!.Nations!] : null,
                narrower ? StoredJson.Write(undisclosed!) : null));
        }
    }

    /// <summary>Each change as its event: the type, the payload, and for a change derived from a cause, who may know the cause and what the others read.</summary>
    private static (string Type, object Payload, Audience? Disclosure, object? Undisclosed) Describe(GameChange change, Dictionary<GameChange, long> seqs)
    {
        switch (change)
        {
            case CommuniqueDelivered delivered:
                delivered.Communique.Delivered(seqs[change]);
                return (EventTypes.CommuniqueDelivered, CommuniqueDeliveredPayload.Of(delivered.Communique), null, null);
            case CommuniqueAnswered answered:
                answered.Reply.Delivered(seqs[change]);
                return (EventTypes.CommuniqueAnswered,
                    new CommuniqueAnsweredPayload(answered.Answered.Id, answered.Reply.Id, [.. answered.Decisions.Select(d => new DecisionPayload(d.ClauseIndex, d.Decision))]), null, null);
            case AgreementChanged agreement:
                return (EventTypes.AgreementChanged, AgreementChangedPayload.Of(agreement.Agreement), null, null);
            case RelationChanged relation:
                var m = relation.Modifier;
                var cause = seqs[relation.Cause];
                m.TraceTo(cause);
                return (EventTypes.RelationChanged, new RelationChangedPayload(m.From, m.To, relation.Score, m.Reason, m.Amount, cause),
                    relation.Cause.Audience, RelationChangedPayload.Undisclosed(m.From, m.To, relation.Score, m.Amount));
            case ClockAdvanced advanced:
                return (EventTypes.ClockAdvanced, new ClockAdvancedPayload(advanced.From, advanced.To, advanced.Days), null, null);
            case OpinionDecayed decayed:
                return (EventTypes.RelationChanged, new RelationChangedPayload(decayed.From, decayed.To, decayed.Score, "decay", decayed.Amount, seqs[decayed.Clock]), null, null);
            case MemberChanged member:
                return (EventTypes.MemberChanged, MemberChangedPayload.Of(member), null, null);
            case NationChanged nation:
                return (EventTypes.WorldChanged, NationChangedPayload.Of(nation), null, null);
            case ClaimSubmitted submitted:
                return (EventTypes.ClaimSubmitted, ClaimSubmittedPayload.Of(submitted), null, null);
            case ClaimDecided decided:
                return (EventTypes.ClaimDecided, ClaimDecidedPayload.Of(decided), null, null);
            default:
                throw new InvalidOperationException($"No event is defined for {change.GetType().Name}.");
        }
    }
}
