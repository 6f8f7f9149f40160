using System.Globalization;
using DiplomacySim.Client;

namespace DiplomacySim.Load;

/// <summary>
/// Opens idle hub connections in steps and prints the server's resident memory after each, so that
/// the cost of one connection, and how many fit in 1 GiB, can be read off the slope.
/// </summary>
internal static class IdleConnections
{
    public static async Task RunAsync(HttpClient http, LoadOptions options)
    {
        if (options.ServerPid is not { } pid)
            throw new ArgumentException("idle needs --server-pid: the memory measured is the server's.");
        var watcher = new DiplomacySimClient(http);
        await watcher.LoginAsync("spectator", options.Password);
        var streams = new List<GameEventStream>();
        var baseline = ResidentBytes(pid);
        Console.WriteLine("connections  server RSS MiB  KiB per connection");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{0,11}  {baseline / 1048576.0,13:F1}"));
        try
        {
            while (streams.Count < options.IdleMax)
            {
                var step = Enumerable.Range(0, Math.Min(options.IdleStep, options.IdleMax - streams.Count))
                    .Select(_ => new GameEventStream(options.Server, watcher.AccessToken!)).ToList();
                foreach (var batch in step.Chunk(100))
                    await Task.WhenAll(batch.Select(s => s.JoinAsync(options.Game, long.MaxValue / 2)));
                streams.AddRange(step);
                GC.Collect();
                await Task.Delay(TimeSpan.FromSeconds(3));
                var rss = ResidentBytes(pid);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{streams.Count,11}  {rss / 1048576.0,13:F1}  {(rss - baseline) / 1024.0 / streams.Count,18:F1}"));
            }
        }
        finally
        {
            await Task.WhenAll(streams.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    // VmRSS from /proc: what the server process holds in memory, managed heap and all.
    private static long ResidentBytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
