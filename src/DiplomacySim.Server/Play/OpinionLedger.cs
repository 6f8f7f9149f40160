using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Records opinion changes as modifiers, each tied to the event that caused it, and logs a
/// <c>relation.changed</c> event per change with the pair's new score.
/// </summary>
public sealed class OpinionLedger(GameDbContext db, EventLog events)
{
    public void Apply(WorldView world, IEnumerable<OpinionChange> changes, long sourceSeq)
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
                RelationAudience(game, change.From, change.To));
        }
    }

    /// <summary>Who may see a pair's score: everyone, or only the two nations when the game hides relations.</summary>
    public static IReadOnlyCollection<string>? RelationAudience(Game game, string from, string to) =>
        game.RelationsVisibility == RelationsVisibility.Public ? null : [from, to];
}

public sealed record RelationChangedPayload(string From, string To, int Score, string Reason, int Amount, long? SourceEventSeq);
