using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using DiplomacySim.Harness.Running;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace DiplomacySim.Harness.Drills;

/// <summary>
/// Per-player rate limits at their defaults: one player floods HTTP and the hub while another plays
/// normally. The figures: how much of the flood was held off, and what the honest player saw.
/// </summary>
public sealed class RateLimitDrill : IStep
{
    public string Name => "rate-limits";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var server = await context.StartServerAsync(new Dictionary<string, string> { ["RateLimits__Enabled"] = "true" });
        var players = new Players(server.Root);
        var flooder = await players.TokenAsync("rus.mfa");
        var honest = await players.TokenAsync("vnm.mfa");
        var duration = options.Duration(10, 2);

        var flood = new ConcurrentDictionary<int, int>();
        var honestLatencies = new ConcurrentBag<double>();
        var honestRefused = 0;
        var clock = Stopwatch.StartNew();
        var flooding = Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var status = await GetAsync(players.Http, flooder);
                flood.AddOrUpdate(status, 1, (_, c) => c + 1);
            }
        }));
        var playing = Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (await GetAsync(players.Http, honest) != 200)
                    Interlocked.Increment(ref honestRefused);
                honestLatencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                await Task.Delay(200);
            }
        });
        await Task.WhenAll(flooding, playing);
        var elapsed = clock.Elapsed.TotalSeconds;

        // The flood spent the player's HTTP bucket, and the hub's negotiate is an HTTP request: let it refill.
        await Task.Delay(TimeSpan.FromSeconds(6));
        var hub = new HubConnectionBuilder().WithUrl(new Uri(server.Root, "hubs/game"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(flooder)).Build();
        await hub.StartAsync();
        var hubCalls = options.Count(500, 60);
        var hubLimited = 0;
        var hubClock = Stopwatch.StartNew();
        for (var i = 0; i < hubCalls; i++)
        {
            try
            {
                await hub.InvokeAsync("JoinGame", Players.Demo, long.MaxValue / 2);
            }
            catch (HubException e) when (e.Message.Contains("RATE_LIMITED", StringComparison.Ordinal))
            {
                hubLimited++;
            }
        }
        var hubElapsed = hubClock.Elapsed.TotalSeconds;
        await hub.DisposeAsync();

        var total = flood.Values.Sum();
        var accepted = flood.GetValueOrDefault(200);
        var limited = flood.GetValueOrDefault(429);
        var sorted = honestLatencies.Order().ToList();
        var markdown = HarnessOptions.Invariant($"""
            **Done:** the server at its default limits (HTTP: 20 requests a second per player, 100 at once; hub: 5 calls a second, 20 at
            once). One player (`rus.mfa`) flooded `GET /relations` from 32 concurrent loops for {elapsed:F1} s while another (`vnm.mfa`) made
            one request every 200 ms; then the first made {hubCalls} `JoinGame` calls back to back on one hub connection.

            | | figure |
            | --- | ---: |
            | flood requests | {total:N0} ({total / elapsed:F0}/s) |
            | of those, let through (200) | {accepted:N0} ({accepted / elapsed:F1}/s: the burst, then the sustained rate) |
            | held off with 429 `RATE_LIMITED` and `Retry-After: 1` | {limited:N0} ({100.0 * limited / Math.Max(1, total):F1} %) |
            | other answers | {total - accepted - limited:N0} |
            | the other player's requests refused | {honestRefused} of {sorted.Count} |
            | the other player's latency during the flood, median / max | {Percentile(sorted, 0.5):F1} ms / {sorted.LastOrDefault():F1} ms |
            | hub calls held off with `RATE_LIMITED` | {hubLimited} of {hubCalls} ({hubCalls / hubElapsed:F0} calls/s attempted) |

            Limits are per player, so the flood costs its sender, not the others; a 429 costs the server one token-bucket check and a
            small problem body, no database work.
            """);
        return [new Section(Document.Reliability, "Per-player rate limits", markdown,
            HarnessOptions.Invariant($"held off {100.0 * limited / Math.Max(1, total):F1} % of an HTTP flood and {hubLimited}/{hubCalls} hub calls; the other player: {honestRefused} refused"),
            Failed: honestRefused > 0)];
    }

    private static async Task<int> GetAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/games/{Players.Demo}/relations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
