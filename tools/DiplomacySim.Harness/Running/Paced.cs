using System.Diagnostics;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// Sends at a fixed rate: send i leaves at i / rate seconds from whichever of 32 workers is free, so a slow
/// answer delays no other send (an open-loop load, as the latency steps need).
/// </summary>
internal static class Paced
{
    /// <param name="send">Sends number i; true when it was answered with success.</param>
    /// <returns>How many succeeded, and how long the sending took.</returns>
    public static async Task<(int Succeeded, TimeSpan Elapsed)> SendAsync(double rate, TimeSpan total, Func<int, Task<bool>> send)
    {
        var clock = Stopwatch.StartNew();
        var next = -1;
        var succeeded = 0;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            for (int i; (i = Interlocked.Increment(ref next)) < rate * total.TotalSeconds;)
            {
                var due = TimeSpan.FromSeconds(i / rate) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                    await Task.Delay(due);
                if (await send(i))
                    Interlocked.Increment(ref succeeded);
            }
        }));
        return (succeeded, clock.Elapsed);
    }
}
