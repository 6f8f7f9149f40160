using DiplomacySim.Server.Hosting;
using Microsoft.AspNetCore.Http;

namespace DiplomacySim.Server.Tests.Hosting;

public sealed class ConnectionLimitsTests
{
    [Theory]
    [InlineData(20_000L, 1_000L, 18_500L)]
    [InlineData(1_024L, 256L, 268L)]
    public void Unset_BothStayBelowTheOpenFilesLimit(long openFiles, long http, long webSockets)
    {
        var limits = ConnectionLimits.For(openFiles, null, null);

        limits.Http.ShouldBe(http);
        limits.WebSockets.ShouldBe(webSockets);
        (limits.Http + limits.WebSockets).ShouldNotBeNull().ShouldBeLessThan(openFiles);
    }

    [Fact]
    public void AConfiguredHttpLimit_IsTakenFromWhatWebSocketsMayHold()
    {
        var limits = ConnectionLimits.For(20_000, 5_000, null);

        limits.Http.ShouldBe(5_000);
        limits.WebSockets.ShouldBe(14_500);
    }

    [Fact]
    public void ZeroOrUnknown_MeansNoLimit()
    {
        ConnectionLimits.For(20_000, 0, 0).ShouldSatisfyAllConditions(l => l.Http.ShouldBeNull(), l => l.WebSockets.ShouldBeNull());
        ConnectionLimits.For(null, null, null).ShouldSatisfyAllConditions(l => l.Http.ShouldBeNull(), l => l.WebSockets.ShouldBeNull());
    }

    [Fact]
    public async Task AWebSocketBeyondTheCap_Is503WithRetryAfter_AndItsPlaceIsFreedWhenOneCloses()
    {
        var limits = ConnectionLimits.For(null, null, 1);
        var held = new TaskCompletionSource();
        var first = limits.RefuseBeyondLimitAsync(WebSocketRequest(), _ => held.Task);

        var refused = WebSocketRequest();
        await limits.RefuseBeyondLimitAsync(refused, _ => throw new InvalidOperationException("must not pass"));
        refused.Response.StatusCode.ShouldBe(StatusCodes.Status503ServiceUnavailable);
        refused.Response.Headers.RetryAfter.ToString().ShouldBe("1");

        var plain = new DefaultHttpContext();
        var passed = false;
        await limits.RefuseBeyondLimitAsync(plain, _ => { passed = true; return Task.CompletedTask; });
        passed.ShouldBeTrue("an HTTP request is not counted against the WebSocket cap");

        held.SetResult();
        await first;
        var after = WebSocketRequest();
        await limits.RefuseBeyondLimitAsync(after, _ => Task.CompletedTask);
        after.Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
    }

    private static DefaultHttpContext WebSocketRequest()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Upgrade = "websocket";
        context.Request.Headers.Connection = "Upgrade";
        return context;
    }
}
