using System.Collections.Concurrent;
using System.Diagnostics;
using DiplomacySim.Client;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Drills;

/// <summary>
/// 64 writers at once on the demo game's five hot nation pairs, each sending as fast as it is
/// answered. Every command takes the game's lock, so this is the worst contention one game sees.
/// </summary>
public sealed class HotPairsDrill : IStep
{
    public string Name => "hot-pairs";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var server = await context.StartServerAsync();
        var players = new Players(server.Root);
        var pairs = await players.HotPairsAsync();
        var writers = options.Count(64, 16);
        var duration = options.Duration(20, 2);
        var ledger = new Ledger();
        var statuses = new ConcurrentDictionary<int, int>();

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            var pair = pairs[writer % pairs.Count];
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var outcome = await players.SendAsync(pair, Players.CommuniqueJson(pair, $"harness hot {writer}-{n}"));
                statuses.AddOrUpdate(outcome.Status, 1, (_, c) => c + 1);
                if (outcome.Sent is { } sent)
                    ledger.Acknowledge(sent);
            }
        }));
        var elapsed = clock.Elapsed;

        var gm = new DiplomacySimClient(players.Http, await players.TokenAsync("gm"));
        var scores = (await gm.GetRelationsAsync(Players.Demo)).Opinions.ToDictionary(o => (o.From, o.To), o => o.Score);
        await using var db = await context.OpenDatabaseAsync();
        var game = (Guid)(await new Npgsql.NpgsqlCommand("""SELECT "Id" FROM "Games" WHERE "Slug" = 'rus-vnm-2018'""", db).ExecuteScalarAsync())!;
        var audit = await ledger.AuditAsync(db, scores, game);

        var markdown = HarnessOptions.Invariant($"""
            **Done:** {writers} writers, spread over the demo game's five hot pairs ({string.Join(", ", Players.HotPairs.Select(p => $"{p.From}→{p.To}"))}),
            each sending public communiques back to back for {elapsed.TotalSeconds:F1} s through HTTP; every send takes the game's row
            lock, so they queue on one game. Answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value:N0} × {s.Key}"))}
            ({ledger.Count / elapsed.TotalSeconds:F0} sends/s).

            **Lost:** {(audit.Clean ? "nothing." : "see the table.")}

            {audit.Markdown()}
            """);
        return [new Section(Document.Reliability, "Concurrent writers on 5 hot pairs", markdown, audit.Summary, Failed: !audit.Clean)];
    }
}
