using System.Diagnostics;
using DiplomacySim.Client;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// The cost of a send in a game of 200 nations (39,800 missions, as many opinion pairs) over its
/// cost in a game of 5, sends alternating between the two so that both see the same machine.
/// </summary>
public sealed class Growth : IStep
{
    public string Name => "growth";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var large = options.Count(200, 30);
        var seeds = GeneratedGames.Settings(options.ServerDll, context.WorkDirectory, "small", 1, 5);
        var settings = new Dictionary<string, string>(seeds, StringComparer.Ordinal);
        settings["Demo__Scenarios__1"] = GeneratedGames.Write(seeds["Scenarios__Directory"], "large", 1, large)[0];
        var server = await context.StartServerAsync(settings);
        var players = new Players(server.Root);
        var token = await players.TokenAsync(GeneratedGames.Player(0));
        var client = new DiplomacySimClient(players.Http, token);
        async Task<Pair> PairAsync(string slug)
        {
            var world = await client.GetGameAsync(slug);
            return new Pair(slug, GeneratedGames.Player(0), token, world.Ministries.Single(m => m.Nation == "AAA").Id, world.Ministries.Single(m => m.Nation == "AAB").Id, "AAA", "AAB");
        }
        var small = await PairAsync(GeneratedGames.Slug("small", 0));
        var big = await PairAsync(GeneratedGames.Slug("large", 0));

        var sends = options.Count(400, 20);
        var times = new Dictionary<Pair, List<double>> { [small] = [], [big] = [] };
        for (var i = 0; i < sends + 40; i++)
        {
            var pair = i % 2 == 0 ? small : big;
            var started = Stopwatch.GetTimestamp();
            await players.SendAsync(pair, Players.CommuniqueJson(pair, "harness growth"));
            // The first sends of each warm the JIT and the pools; they are not counted.
            if (i >= 40)
                times[pair].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        var ratio = Median(times[big]) / Median(times[small]);
        var markdown = HarnessOptions.Invariant($"""
            **What:** one game of 5 nations and one of {large} ({large * (large - 1):N0} missions and directed opinion pairs); {sends} sends one at
            a time, alternating between the two games, each timed from request to 201. Goal: at most 1.3.

            | game | median send | mean |
            | --- | ---: | ---: |
            | 5 nations | {Median(times[small]):F1} ms | {times[small].Average():F1} ms |
            | {large} nations | {Median(times[big]):F1} ms | {times[big].Average():F1} ms |
            | **ratio** | **{ratio:F2}** | |

            A send loads its world: every nation, ministry, installation and live agreement of the game, but only the missions and opinions
            between the nations the communique concerns, so the game's size enters through its nations and ministries alone.
            """);
        return [new Section(Document.Benchmarks, "Growth: a 200-nation game against a 5-nation game", markdown,
            HarnessOptions.Invariant($"ratio {ratio:F2} ({Median(times[big]):F1} vs {Median(times[small]):F1} ms per send); goal ≤ 1.3"))];
    }
}
