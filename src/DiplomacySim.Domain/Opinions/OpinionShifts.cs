using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Opinions;

/// <summary>
/// Turns the changes a ruleset asks for into modifiers, each tied to the change that caused it, and a
/// <see cref="RelationChanged"/> per modifier with the pair's new score, so that every score stays
/// explainable and its explanation follows the audience of its cause.
/// </summary>
public static class OpinionShifts
{
    public static void Apply(WorldView world, Outcome outcome, IEnumerable<OpinionChange> changes, GameChange cause)
    {
        var game = world.Game;
        foreach (var change in changes)
        {
            var modifier = new OpinionModifier(Guid.CreateVersion7(), game.Id, change.From, change.To, change.Reason, change.Amount, game.InGameDate, change.FadesOverDays, sourceEventSeq: null);
            world.AddModifier(modifier);
            outcome.Add(modifier);
            outcome.Log(new RelationChanged(modifier, world.OpinionOf(change.From, change.To), game.RelationsVisibility, cause));
        }
    }
}
