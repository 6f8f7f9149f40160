using DiplomacySim.Domain.Opinions;

namespace DiplomacySim.Domain.Tests.Opinions;

public sealed class OpinionModifierTests
{
    private static readonly DateOnly Start = new(2018, 10, 3);

    internal static OpinionModifier Modifier(int amount, int? fadesOverDays, DateOnly? since = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "RUS", "VNM", "test.reason", amount, since ?? Start, fadesOverDays, sourceEventSeq: null);

    [Fact]
    public void LastingModifier_KeepsItsAmountForever()
    {
        var modifier = Modifier(15, fadesOverDays: null);

        modifier.ValueOn(Start).ShouldBe(15);
        modifier.ValueOn(Start.AddDays(10_000)).ShouldBe(15);
        modifier.HasFadedBy(Start.AddDays(10_000)).ShouldBeFalse();
    }

    [Fact]
    public void FadingModifier_OnItsStartDay_IsWorthItsFullAmount()
    {
        Modifier(10, fadesOverDays: 30).ValueOn(Start).ShouldBe(10);
    }

    [Fact]
    public void FadingModifier_Halfway_IsWorthHalf()
    {
        var modifier = Modifier(10, fadesOverDays: 30);

        modifier.ValueOn(Start.AddDays(15)).ShouldBe(5);
        modifier.HasFadedBy(Start.AddDays(15)).ShouldBeFalse();
    }

    [Fact]
    public void FadingModifier_LosesValueLinearly_RoundingDown()
    {
        var modifier = Modifier(10, fadesOverDays: 30);

        // 10 * 20 / 30 = 6.67 and 10 * 1 / 30 = 0.33: the fractions are dropped.
        modifier.ValueOn(Start.AddDays(10)).ShouldBe(6);
        modifier.ValueOn(Start.AddDays(29)).ShouldBe(0);
    }

    [Fact]
    public void FadingModifier_AfterItsDays_IsWorthNothingAndHasFaded()
    {
        var modifier = Modifier(10, fadesOverDays: 30);

        modifier.ValueOn(Start.AddDays(30)).ShouldBe(0);
        modifier.ValueOn(Start.AddDays(365)).ShouldBe(0);
        modifier.HasFadedBy(Start.AddDays(30)).ShouldBeTrue();
    }

    [Fact]
    public void NegativeFadingModifier_RoundsTowardsZero()
    {
        var modifier = Modifier(-10, fadesOverDays: 30);

        modifier.ValueOn(Start).ShouldBe(-10);
        // -10 * 20 / 30 = -6.67, which rounds towards zero to -6, not down to -7.
        modifier.ValueOn(Start.AddDays(10)).ShouldBe(-6);
        modifier.ValueOn(Start.AddDays(15)).ShouldBe(-5);
        modifier.ValueOn(Start.AddDays(29)).ShouldBe(0);
        modifier.ValueOn(Start.AddDays(30)).ShouldBe(0);
    }

    [Fact]
    public void FadingModifier_BeforeItsStartDay_IsWorthItsFullAmount()
    {
        Modifier(-3, fadesOverDays: 10).ValueOn(Start.AddDays(-5)).ShouldBe(-3);
    }

    [Fact]
    public void LargeAmount_DoesNotOverflowWhileFading()
    {
        var modifier = Modifier(int.MaxValue, fadesOverDays: 3650);

        modifier.ValueOn(Start.AddDays(1825)).ShouldBe(int.MaxValue / 2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void FadingOverZeroOrNegativeDays_Throws(int days)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Modifier(5, fadesOverDays: days));
    }

    [Fact]
    public void OpinionOfItself_Throws()
    {
        Should.Throw<ArgumentException>(() =>
            new OpinionModifier(Guid.NewGuid(), Guid.NewGuid(), "RUS", "RUS", "test.reason", 5, Start, null, null));
    }
}
