using System.Collections.Concurrent;
using System.Diagnostics;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// Writers sending back to back until stopped, whatever the server answers (a refused connection
/// is waited out briefly). It keeps the acknowledged sends, each answer's status, and when each
/// 201 came, so a drill can tell how long an outage lasted.
/// </summary>
public sealed class SendLoad(Players players, IReadOnlyList<Pair> pairs, int writers, string label)
{
    private readonly ConcurrentDictionary<string, int> answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(TimeSpan At, int Status)> timeline = new();
    private readonly Stopwatch clock = new();

    public Ledger Ledger { get; } = new();

    public TimeSpan Now => clock.Elapsed;

    public IReadOnlyDictionary<string, int> Answers => answers;

    public async Task RunAsync(CancellationToken stop)
    {
        clock.Start();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            var pair = pairs[writer % pairs.Count];
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    var outcome = await players.SendAsync(pair, Players.CommuniqueJson(pair, $"harness {label} {writer}-{n}"));
                    var key = outcome.Status == 503 && outcome.Body.Contains("DATABASE_UNAVAILABLE", StringComparison.Ordinal)
                        ? outcome.RetryAfter ? "503 DATABASE_UNAVAILABLE with Retry-After" : "503 DATABASE_UNAVAILABLE without Retry-After"
                        : outcome.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Count(key, outcome.Status);
                    if (outcome.Sent is { } sent)
                        Ledger.Acknowledge(sent);
                    else if (outcome.Status == 503)
                        await Task.Delay(50, CancellationToken.None);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Count(e is TaskCanceledException ? "no answer in 30 s" : "connection refused or reset", 0);
                    await Task.Delay(50, CancellationToken.None);
                }
            }
        }));
    }

    /// <summary>The first 201 after <paramref name="after"/>: when the server served again.</summary>
    public TimeSpan? FirstSuccessAfter(TimeSpan after) =>
        timeline.Where(t => t.Status == 201 && t.At > after).Select(t => (TimeSpan?)t.At).Min();

    public string AnswersMarkdown() =>
        string.Join(", ", answers.OrderByDescending(a => a.Value).Select(a => HarnessOptions.Invariant($"{a.Value:N0} × {a.Key}")));

    private void Count(string key, int status)
    {
        answers.AddOrUpdate(key, 1, (_, c) => c + 1);
        timeline.Enqueue((clock.Elapsed, status));
    }
}
