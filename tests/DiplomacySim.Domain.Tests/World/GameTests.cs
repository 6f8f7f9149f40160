using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Tests.World;

public sealed class GameTests
{
    private static Game NewGame() =>
        new(Guid.NewGuid(), "rus-vnm-2018", "Russia and Viet Nam, 2018", new DateOnly(2018, 10, 3), "default", RelationsVisibility.Public);

    [Fact]
    public void NewGame_IsActiveOnItsStartingDate()
    {
        var game = NewGame();

        game.Status.ShouldBe(GameStatus.Active);
        game.InGameDate.ShouldBe(new DateOnly(2018, 10, 3));
    }

    [Fact]
    public void AdvanceClock_MovesTheDateForwardAndReturnsIt()
    {
        var game = NewGame();

        var date = game.AdvanceClock(30);

        date.ShouldBe(new DateOnly(2018, 11, 2));
        game.InGameDate.ShouldBe(date);
    }

    [Fact]
    public void AdvanceClock_Repeatedly_AddsUpAcrossTheYearEnd()
    {
        var game = NewGame();

        game.AdvanceClock(60);
        game.AdvanceClock(29);

        game.InGameDate.ShouldBe(new DateOnly(2018, 12, 31));
        game.AdvanceClock(1).ShouldBe(new DateOnly(2019, 1, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void AdvanceClock_ByZeroOrNegativeDays_ThrowsAndLeavesTheDate(int days)
    {
        var game = NewGame();

        Should.Throw<ArgumentOutOfRangeException>(() => game.AdvanceClock(days));

        game.InGameDate.ShouldBe(new DateOnly(2018, 10, 3));
    }
}
