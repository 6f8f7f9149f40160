using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiplomacySim.Server.Features.Accounts.Login;
using Microsoft.AspNetCore.Hosting;

namespace DiplomacySim.Server.Tests.Accounts;

/// <summary>Failed logins slow down whoever fails, per account and address, and never lock the owner out from elsewhere.</summary>
public sealed class LoginThrottleTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock clock = new();

    private LoginThrottle Throttle(int perPair = 3, int perAddress = 10) => new(clock, new LoginThrottleOptions(perPair, perAddress, TimeSpan.FromMinutes(15)));

    [Fact]
    public void ARivalsWrongGuesses_SlowTheRival_NotTheOwnerElsewhere()
    {
        var throttle = Throttle();
        for (var i = 0; i < 3; i++)
            throttle.Failed("gm", "203.0.113.9");

        throttle.WaitBeforeTrying("gm", "203.0.113.9").ShouldNotBeNull();
        throttle.WaitBeforeTrying("gm", "198.51.100.4").ShouldBeNull();
        throttle.WaitBeforeTrying("rus.mfa", "203.0.113.9").ShouldBeNull();
    }

    [Fact]
    public void EachFailurePastTheAllowance_DoublesTheWait()
    {
        var throttle = Throttle();
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 6; i++)
        {
            throttle.Failed("gm", "203.0.113.9");
            if (throttle.WaitBeforeTrying("gm", "203.0.113.9") is { } wait)
            {
                waits.Add(wait);
                clock.Now += wait;
            }
        }
        waits.ShouldBe([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)]);
    }

    [Fact]
    public void AnAddressGuessingManyAccounts_IsSlowedForAll()
    {
        var throttle = Throttle(perPair: 100, perAddress: 10);
        for (var i = 0; i < 10; i++)
            throttle.Failed($"player{i}", "203.0.113.9");

        throttle.WaitBeforeTrying("someone-else", "203.0.113.9").ShouldNotBeNull();
        throttle.WaitBeforeTrying("someone-else", "198.51.100.4").ShouldBeNull();
    }

    [Fact]
    public void ASuccess_ClearsItsPair_AndQuietTimeClearsEverything()
    {
        var throttle = Throttle();
        for (var i = 0; i < 3; i++)
            throttle.Failed("gm", "203.0.113.9");
        clock.Now += TimeSpan.FromMinutes(16);

        throttle.WaitBeforeTrying("gm", "203.0.113.9").ShouldBeNull();
        throttle.Failed("gm", "203.0.113.9");
        throttle.Succeeded("gm", "203.0.113.9");
        throttle.WaitBeforeTrying("gm", "203.0.113.9").ShouldBeNull();
    }
}

/// <summary>End to end: wrong passwords are answered 429 with Retry-After past the allowance, and the account itself is never locked.</summary>
public sealed class LoginThrottleServerTests(LoginThrottleServerTests.QuickThrottle server) : IClassFixture<LoginThrottleServerTests.QuickThrottle>
{
    public sealed class QuickThrottle : DiplomacySimServer
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:LoginThrottle:FailuresPerAccountAndAddress", "3");
            builder.UseSetting("Accounts:LoginThrottle:Window", "00:00:03");
        }
    }

    [Fact]
    public async Task WrongPasswords_Are429WithRetryAfter_ThenTheOwnerSignsInAsBefore()
    {
        using var http = server.CreateClient();
        for (var i = 0; i < 3; i++)
            (await http.PostAsJsonAsync("/api/auth/login", new { userName = "vnm.mod", password = "guess" + i })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var slowed = await http.PostAsJsonAsync("/api/auth/login", new { userName = "vnm.mod", password = DiplomacySimServer.DemoPassword });
        slowed.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        slowed.Headers.RetryAfter.ShouldNotBeNull();
        (await slowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("RATE_LIMITED");

        // The account was never locked: once the window has passed, the right password works.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        (await http.PostAsJsonAsync("/api/auth/login", new { userName = "vnm.mod", password = DiplomacySimServer.DemoPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
