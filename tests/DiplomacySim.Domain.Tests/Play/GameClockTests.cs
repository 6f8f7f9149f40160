using DiplomacySim.Domain.Changes;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.Play;

/// <summary>The GM's clock: fading modifiers lose value, each moved score is logged, the faded leave.</summary>
public sealed class GameClockTests
{
    private static readonly DateOnly Start = new(2018, 10, 3);

    [Fact]
    public void AdvancingTheClock_LogsTheDateAndEachScoreThatFaded_AndRemovesWhatFadedAway()
    {
        var game = new Game(Guid.NewGuid(), "clock", "Clock", Start, "default", RelationsVisibility.Public);
        var lasting = new OpinionModifier(Guid.NewGuid(), game.Id, "RUS", "VNM", "scenario.baseline", 50, Start, null, null);
        var contact = new OpinionModifier(Guid.NewGuid(), game.Id, "RUS", "VNM", "diplomatic-contact", 10, Start, 30, 4);
        var brief = new OpinionModifier(Guid.NewGuid(), game.Id, "VNM", "RUS", "diplomatic-contact", 1, Start, 10, 4);
        var outcome = new Outcome();

        GameClock.Advance(game, [lasting, contact, brief], 15, outcome);

        game.InGameDate.ShouldBe(Start.AddDays(15));
        var clock = outcome.Changes[0].ShouldBeOfType<ClockAdvanced>();
        (clock.From, clock.To, clock.Days).ShouldBe((Start, Start.AddDays(15), 15));
        var decays = outcome.Changes.Skip(1).Cast<OpinionDecayed>().ToList();
        decays.Select(d => (d.From, d.To, d.Score, d.Amount)).ShouldBe([("RUS", "VNM", 55, -5), ("VNM", "RUS", 0, -1)]);
        decays.ShouldAllBe(d => ReferenceEquals(d.Clock, clock));
        outcome.FadedModifiers.ShouldBe([brief]);
    }
}
