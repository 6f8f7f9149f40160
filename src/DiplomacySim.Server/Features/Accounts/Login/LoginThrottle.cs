using System.Collections.Concurrent;

namespace DiplomacySim.Server.Features.Accounts.Login;

/// <summary>
/// Failed logins slow down whoever fails, never the account's owner elsewhere. A lockout of the
/// account itself (ten wrong passwords from anyone locked any account, the GM's included) let a rival
/// shut a player out by typing their name; instead failures are counted per account and address, and
/// per address across accounts, in a sliding window. Past the first few failures of a pair, each next try
/// from that address waits twice as long as the one before, up to the window; a right password from
/// another address is not held back, and a success clears its pair.
/// </summary>
/// <remarks>
/// Per instance: a guesser spread over several instances by the balancer gets a few more tries, which
/// the doubling wait makes worth little. Counts live in memory and are swept as they expire.
/// </remarks>
public sealed class LoginThrottle(TimeProvider clock, LoginThrottleOptions options)
{
    private readonly ConcurrentDictionary<string, Failures> failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait before trying <paramref name="userName"/> from <paramref name="address"/>; null when it may try now.</summary>
    public TimeSpan? WaitBeforeTrying(string userName, string? address)
    {
        var now = clock.GetUtcNow();
        return Longer(Wait(PairKey(userName, address), options.FailuresPerAccountAndAddress, now), Wait(AddressKey(address), options.FailuresPerAddress, now));
    }

    public void Failed(string userName, string? address)
    {
        var now = clock.GetUtcNow();
        Count(PairKey(userName, address), now);
        Count(AddressKey(address), now);
        if (failures.Count > options.MaxTracked)
            Sweep(now);
    }

    public void Succeeded(string userName, string? address) => failures.TryRemove(PairKey(userName, address), out _);

    private TimeSpan? Wait(string key, int allowed, DateTimeOffset now)
    {
        if (!failures.TryGetValue(key, out var seen) || now - seen.Last > options.Window || seen.Count < allowed)
            return null;
        // The first try past the allowance waits one second, each next one twice as long, up to the window.
        var doubling = Math.Min(seen.Count - allowed, 20);
        var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, doubling), options.Window.TotalSeconds));
        var left = seen.Last + wait - now;
        return left > TimeSpan.Zero ? left : null;
    }

    private void Count(string key, DateTimeOffset now) =>
        failures.AddOrUpdate(key, _ => new Failures(1, now), (_, seen) => now - seen.Last > options.Window ? new Failures(1, now) : new Failures(seen.Count + 1, now));

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, seen) in failures)
        {
            if (now - seen.Last > options.Window)
                failures.TryRemove(key, out _);
        }
    }

    private static TimeSpan? Longer(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static string PairKey(string userName, string? address) => $"{userName.ToUpperInvariant()}\n{address ?? "-"}";

    private static string AddressKey(string? address) => $"\n{address ?? "-"}";

    private sealed record Failures(int Count, DateTimeOffset Last);
}

/// <summary>
/// <c>Accounts:LoginThrottle</c>: failures allowed per account and address, and per address, before
/// tries are slowed, within <c>Window</c> since the last failure.
/// </summary>
public sealed record LoginThrottleOptions(int FailuresPerAccountAndAddress = 5, int FailuresPerAddress = 30, TimeSpan Window = default, int MaxTracked = 100_000)
{
    public TimeSpan Window { get; init; } = Window == default ? TimeSpan.FromMinutes(15) : Window;

    public static LoginThrottleOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Accounts:LoginThrottle");
        return new LoginThrottleOptions(
            section.GetValue("FailuresPerAccountAndAddress", 5),
            section.GetValue("FailuresPerAddress", 30),
            section.GetValue("Window", TimeSpan.FromMinutes(15)));
    }
}
