using DiplomacySim.Domain.Opinions;
using static DiplomacySim.Domain.Tests.Opinions.OpinionModifierTests;

namespace DiplomacySim.Domain.Tests.Opinions;

public sealed class OpinionTests
{
    private static readonly DateOnly Start = new(2018, 10, 3);

    [Fact]
    public void NoModifiers_ScoreZero()
    {
        Opinion.Score([], Start).ShouldBe(0);
    }

    [Fact]
    public void SeveralModifiers_ScoreIsTheirSum()
    {
        OpinionModifier[] modifiers = [Modifier(20, null), Modifier(15, null), Modifier(-3, null)];

        Opinion.Score(modifiers, Start).ShouldBe(32);
    }

    [Fact]
    public void FadingModifiers_CountWithTheirValueOnThatDay()
    {
        OpinionModifier[] modifiers = [Modifier(20, null), Modifier(10, fadesOverDays: 30), Modifier(-30, fadesOverDays: 60)];

        Opinion.Score(modifiers, Start).ShouldBe(0);
        Opinion.Score(modifiers, Start.AddDays(30)).ShouldBe(20 + 0 - 15);
        Opinion.Score(modifiers, Start.AddDays(60)).ShouldBe(20);
    }

    [Fact]
    public void SumAboveMaximum_ClampsTo100()
    {
        OpinionModifier[] modifiers = [Modifier(80, null), Modifier(50, null)];

        Opinion.Score(modifiers, Start).ShouldBe(Opinion.Max);
    }

    [Fact]
    public void SumBelowMinimum_ClampsToMinus100()
    {
        OpinionModifier[] modifiers = [Modifier(-80, null), Modifier(-30, null)];

        Opinion.Score(modifiers, Start).ShouldBe(Opinion.Min);
    }

    [Fact]
    public void SumBeyondIntRange_StillClamps()
    {
        OpinionModifier[] modifiers = [Modifier(int.MaxValue, null), Modifier(int.MaxValue, null)];

        Opinion.Score(modifiers, Start).ShouldBe(100);
    }

    [Fact]
    public void ClampedScore_RisesAgainOnlyOnceTheSumIsBackInRange()
    {
        // A large positive modifier does not bank goodwill beyond 100: a -30 still shows only if
        // the sum drops below 100.
        OpinionModifier[] modifiers = [Modifier(120, null), Modifier(-30, null)];

        Opinion.Score(modifiers, Start).ShouldBe(90);
    }

    [Theory]
    [InlineData(-101, -100)]
    [InlineData(-100, -100)]
    [InlineData(0, 0)]
    [InlineData(100, 100)]
    [InlineData(101, 100)]
    public void Clamp_KeepsScoresWithinBounds(long score, int clamped)
    {
        Opinion.Clamp(score).ShouldBe(clamped);
    }
}
