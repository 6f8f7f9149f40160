using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Records opinion changes as modifiers, each tied to the event that caused it, and logs a
/// <c>relation.changed</c> event per change with the pair's new score. Whoever may see the pair's
/// score sees the change; only those who may know its cause (<paramref name="cause"/> in
/// <see cref="Apply"/>) read its reason and source, the others an undisclosed arrangement.
/// </summary>
public sealed class OpinionLedger(GameDbContext db, EventLog events)
{
    public void Apply(WorldView world, IEnumerable<OpinionChange> changes, long sourceSeq, Audience cause)
    {
        var game = world.Game;
        foreach (var change in changes)
        {
            var modifier = new OpinionModifier(Guid.CreateVersion7(), game.Id, change.From, change.To, change.Reason, change.Amount, game.InGameDate, change.FadesOverDays, sourceSeq);
            db.OpinionModifiers.Add(modifier);
            world.AddModifier(modifier);
            var score = world.OpinionOf(change.From, change.To);
            events.Append(game, EventLog.RelationChanged,
                new RelationChangedPayload(change.From, change.To, score, change.Reason, change.Amount, sourceSeq),
                Audience.OfRelation(game.RelationsVisibility, change.From, change.To),
                cause,
                RelationChangedPayload.Undisclosed(change.From, change.To, score, change.Amount));
        }
    }
}

/// <summary>A pair's score moved; <c>Reason</c> and <c>SourceEventSeq</c> say why, unless the cause is undisclosed to the reader.</summary>
public sealed record RelationChangedPayload(string From, string To, int Score, string Reason, int Amount, long? SourceEventSeq)
{
    public const string UndisclosedReason = "undisclosed";

    /// <summary>What a reader who may see the score but not its cause reads: the change, not why.</summary>
    public static RelationChangedPayload Undisclosed(string from, string to, int score, int amount) =>
        new(from, to, score, UndisclosedReason, amount, null);
}
