using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Drills;

/// <summary>
/// Thousands of generated bad requests over every endpoint, and bad hub calls, against a server
/// holding the demo game and another game. Goal: no 5xx, no hang, and a server that still serves.
/// </summary>
public sealed class HostileInputDrill : IStep
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public string Name => "hostile-input";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var server = await context.StartServerAsync(GeneratedGames.Settings(options.ServerDll, context.WorkDirectory, "other", 1, 5));
        var players = new Players(server.Root);
        var targets = await TargetsAsync(players);
        var corpus = new HostileCorpus(targets).Generate(options.Count(11_000, 440)).ToList();

        var tally = new ConcurrentDictionary<(string Family, string Outcome), int>();
        var examples = new ConcurrentDictionary<string, string>();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = server.Root, Timeout = Patience };
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(corpus, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (request, _) =>
        {
            var outcome = await SendAsync(http, request);
            tally.AddOrUpdate((request.Family, outcome.Class), 1, (_, c) => c + 1);
            if (outcome.Class is "5xx" or "hang" && examples.Count < 30)
                examples.TryAdd($"{request.Family} {request.Method} {request.Endpoint} {outcome.Status}",
                    $"`{request.Method} /{Shorten(request.Path, 120)}` body `{Shorten(request.Body is null ? "" : Encoding.UTF8.GetString(request.Body), 160)}` → {outcome.Status} `{Shorten(outcome.Text, 200)}`");
        });
        var httpElapsed = clock.Elapsed;

        var hubTally = new ConcurrentDictionary<string, int>();
        var hubFrames = HostileHub.Frames(targets);
        var hubRounds = options.Count(30, 1);
        var hubCalls = Enumerable.Range(0, hubRounds).SelectMany(round => hubFrames.Select((frame, i) => (frame, invalid: (round + i) % 7 == 3, token: i % 2 == 0 ? targets.Token : targets.SpectatorToken))).ToList();
        await Parallel.ForEachAsync(hubCalls, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (call, _) =>
        {
            var outcome = await HostileHub.TryAsync(server.Root, call.token, call.frame, call.invalid, Patience);
            // SignalR skips a frame of a message type it does not know (kept for newer clients), and that
            // connection then answered nothing more within the patience: one connection stalls, no one else.
            if (outcome == "hang" && call.frame.Contains("\"type\":99", StringComparison.Ordinal))
                outcome = "stalled";
            hubTally.AddOrUpdate(outcome, 1, (_, c) => c + 1);
            if (outcome is "5xx" or "hang" && examples.Count < 40)
                examples.TryAdd($"hub {Shorten(call.frame, 60)}", $"hub frame `{Shorten(call.frame, 160)}`{(call.invalid ? " (with invalid UTF-8)" : "")} → {outcome}");
        });

        var stillServes = await StillServesAsync(players, server);
        var total5xx = tally.Where(t => t.Key.Outcome == "5xx").Sum(t => t.Value) + hubTally.GetValueOrDefault("5xx");
        var hangs = tally.Where(t => t.Key.Outcome == "hang").Sum(t => t.Value) + hubTally.GetValueOrDefault("hang");

        var text = new StringBuilder();
        text.AppendLine(HarnessOptions.Invariant($"""
            **Done:** {corpus.Count:N0} generated bad HTTP requests (seeded, so a run repeats the last) over every endpoint, 16 at a time,
            in {httpElapsed.TotalSeconds:F1} s, and {hubCalls.Count:N0} bad hub calls over raw WebSockets speaking SignalR's JSON protocol
            ({hubFrames.Length} kinds of frame: wrong arguments, unknown and internal method names, stream invocations, malformed,
            deeply nested, 2 MB and invalid UTF-8 frames). The server held the demo game and a second game whose ids were aimed through
            the demo's paths. A request with no answer within {Patience.TotalSeconds:F0} s counts as a hang.

            **Lost:** {total5xx:N0} answers were 5xx, {hangs:N0} hung. Afterwards the server {(stillServes ? "still served: health ready and a valid send answered 201" : "**no longer served**")}.
            """)).AppendLine();
        text.AppendLine("| family | requests | 2xx | 4xx | 5xx | hangs |").AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var family in tally.Keys.Select(k => k.Family).Distinct().Order(StringComparer.Ordinal))
        {
            int Of(string outcome) => tally.GetValueOrDefault((family, outcome));
            var all = tally.Where(t => t.Key.Family == family).Sum(t => t.Value);
            text.AppendLine(HarnessOptions.Invariant($"| {family} | {all:N0} | {Of("2xx"):N0} | {Of("4xx"):N0} | {Of("5xx"):N0} | {Of("hang"):N0} |"));
        }
        text.AppendLine().AppendLine("| hub calls | answered with an error the caller can act on | completed | ignored (the next call answered) | connection closed by the server | 5xx (unexpected error) | hangs | stalled after an unknown message type |")
            .AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        text.AppendLine(HarnessOptions.Invariant($"| {hubCalls.Count:N0} | {hubTally.GetValueOrDefault("error"):N0} | {hubTally.GetValueOrDefault("completed"):N0} | {hubTally.GetValueOrDefault("ignored"):N0} | {hubTally.GetValueOrDefault("closed"):N0} | {hubTally.GetValueOrDefault("5xx"):N0} | {hubTally.GetValueOrDefault("hang"):N0} | {hubTally.GetValueOrDefault("stalled"):N0} |"));
        text.AppendLine().AppendLine("""
            A frame of an unknown message type (`{"type":99}`) is skipped by SignalR's JSON protocol, which keeps such types for newer
            clients; that one connection then answered no further call within the patience (it is cut by the 30 s client timeout).
            No other connection notices. It is SignalR's behaviour, not the game's code, and is left as it is.
            """);
        text.AppendLine().AppendLine("2xx answers are requests that were bad in spirit but valid in form (a communique whose subject is a `<script>` tag is stored as text and escaped by every reader).");
        if (!examples.IsEmpty)
            text.AppendLine().AppendLine("Examples of what failed:").AppendLine().AppendJoin('\n', examples.Values.Order(StringComparer.Ordinal).Select(e => "- " + e)).AppendLine();

        var summary = HarnessOptions.Invariant($"{corpus.Count + hubCalls.Count:N0} bad requests: {total5xx} 5xx, {hangs} hangs ({hubTally.GetValueOrDefault("stalled")} hub connections stalled by an unknown frame type), {(stillServes ? "still serves" : "**stopped serving**")}");
        return [new Section(Document.Reliability, "Hostile input", text.ToString(), summary, Failed: total5xx > 0 || hangs > 0 || !stillServes)];
    }

    private static async Task<HostileTargets> TargetsAsync(Players players)
    {
        var rus = new DiplomacySimClient(players.Http, await players.TokenAsync("rus.mfa"));
        var vnm = new DiplomacySimClient(players.Http, await players.TokenAsync("vnm.mfa"));
        var world = await rus.GetGameAsync(Players.Demo);
        Guid Foreign(GameWorld w, string nation) => w.Ministries.Single(m => m.Nation == nation && m.Kind == "foreignAffairs").Id;
        var (from, to) = (Foreign(world, "RUS"), Foreign(world, "VNM"));
        var sent = await rus.SendCommuniqueAsync(Players.Demo, new CommuniqueDraft(from, to, "harness target", Classification.Public, "A target.",
            [new CooperationClause(CooperationSector.Cultural, "Orchestras."), new CooperationClause(CooperationSector.Energy, "Grids.")]));
        var answered = await vnm.RespondAsync(Players.Demo, sent.Id, new ResponseDraft(to, "Agreed.", [new ClauseResponse(0, Decision.Accept)]));

        var other = GeneratedGames.Slug("other", 0);
        var p0 = new DiplomacySimClient(players.Http, await players.TokenAsync(GeneratedGames.Player(0)));
        var otherWorld = await p0.GetGameAsync(other);
        var otherSent = await p0.SendCommuniqueAsync(other, new CommuniqueDraft(Foreign(otherWorld, "AAA"), Foreign(otherWorld, "AAB"), "harness other", Classification.Secret,
            "Another game's secret.", [new CooperationClause(CooperationSector.Security, "Secret.")]));
        return new HostileTargets(Players.Demo, rus.AccessToken!, await players.TokenAsync("spectator"), from, to, sent.Id, answered.Agreements.Single(),
            other, Foreign(otherWorld, "AAB"), otherSent.Id);
    }

    private static async Task<(string Class, int Status, string Text)> SendAsync(HttpClient http, HostileRequest request)
    {
        using var message = new HttpRequestMessage(request.Method, request.Path);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        }
        if (request.Token is not null)
            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + request.Token);
        try
        {
            using var response = await http.SendAsync(message);
            var status = (int)response.StatusCode;
            var text = status >= 500 ? await response.Content.ReadAsStringAsync() : "";
            return (status >= 500 ? "5xx" : status >= 400 ? "4xx" : "2xx", status, text);
        }
        catch (TaskCanceledException)
        {
            return ("hang", 0, "no answer");
        }
        catch (HttpRequestException e)
        {
            // The server may refuse a body outright by closing the connection (too large): not a hang, not a 5xx.
            return ("4xx", 0, e.Message);
        }
    }

    private static async Task<bool> StillServesAsync(Players players, ServerProcess server)
    {
        if (!server.Running)
            return false;
        var pair = (await players.HotPairsAsync())[0];
        var outcome = await players.SendAsync(pair, Players.CommuniqueJson(pair, "harness after hostile"));
        return outcome.Status == 201;
    }

    private static string Shorten(string text, int length)
    {
        var flat = new string([.. text.Select(c => char.IsControl(c) || c == '`' || c == '|' ? '·' : c)]);
        return flat.Length <= length ? flat : flat[..length] + $"… ({flat.Length:N0} chars)";
    }
}
