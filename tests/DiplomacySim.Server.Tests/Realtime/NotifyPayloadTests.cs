using DiplomacySim.Server.Events;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>
/// The NOTIFY's payload names the game and the instance that committed: an instance passes over its own
/// (its relay was woken after the commit) and wakes for every other, an older instance's bare id included.
/// Delivery across instances is held by TwoInstancesTests and LostNotificationTests.
/// </summary>
public sealed class NotifyPayloadTests
{
    private static readonly Guid Game = Guid.NewGuid();

    [Fact]
    public void OurOwnNotify_IsKnownAsOurs() =>
        (NotifyPayload.TryRead($"{Game}:{NotifyPayload.Origin}", out var game, out var fromHere), game, fromHere).ShouldBe((true, Game, true));

    [Theory]
    [InlineData(":0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    public void AnotherInstancesNotify_WakesTheRelay(string origin) =>
        (NotifyPayload.TryRead($"{Game}{origin}", out var game, out var fromHere), game, fromHere).ShouldBe((true, Game, false));

    [Fact]
    public void APayloadThatNamesNoGame_IsPassedOver() =>
        NotifyPayload.TryRead("not-a-game:x", out _, out _).ShouldBeFalse();
}
