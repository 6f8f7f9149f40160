using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Opinions;

namespace DiplomacySim.Domain.World;

/// <summary>
/// The in-game clock, moved on by a GM. Fading modifiers lose value; every score that changed is
/// logged, and modifiers that have faded to nothing leave the store (the log keeps their history).
/// </summary>
public static class GameClock
{
    public static void Advance(Game game, IReadOnlyList<OpinionModifier> modifiers, int days, Outcome outcome)
    {
        var pairs = modifiers.GroupBy(m => (m.From, m.To)).ToList();
        var before = pairs.ToDictionary(p => p.Key, p => Opinion.Score(p, game.InGameDate));

        var previous = game.InGameDate;
        var today = game.AdvanceClock(days);
        var clock = outcome.Log(new ClockAdvanced(previous, today, days));
        foreach (var pair in pairs)
        {
            var score = Opinion.Score(pair, today);
            if (score != before[pair.Key])
                outcome.Log(new OpinionDecayed(pair.Key.From, pair.Key.To, score, score - before[pair.Key], game.RelationsVisibility, clock));
        }
        foreach (var faded in modifiers.Where(m => m.HasFadedBy(today)))
            outcome.Remove(faded);
    }
}
