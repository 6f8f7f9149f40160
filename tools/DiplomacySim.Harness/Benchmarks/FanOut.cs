using System.Diagnostics;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Harness.Running;

namespace DiplomacySim.Harness.Benchmarks;

/// <summary>
/// SignalR delivery throughput against a raw WebSocket broadcaster on the same Kestrel, measured in
/// the same run with the same counting clients and the same message bytes. The server's figure
/// includes what the reference has not to do: the sends that make the events, the relay's read of
/// the log, the per-viewer visibility check.
/// </summary>
public sealed class FanOut : IStep
{
    private const string EventMarker = "\"target\":\"Event\"";

    public string Name => "fan-out";

    public async Task<IReadOnlyList<Section>> RunAsync(HarnessContext context)
    {
        var options = context.Options;
        var clients = options.Count(1_000, 50);
        var sends = options.Count(100, 10);
        var server = await context.StartServerAsync();
        var players = new Players(server.Root);
        var pairs = await players.HotPairsAsync();
        var spectator = await players.TokenAsync("spectator");
        var gm = new DiplomacySimClient(players.Http, await players.TokenAsync("gm"));
        await players.SendAsync(pairs[0], Players.CommuniqueJson(pairs[0], "harness fan-out"));
        var head = (await gm.GetEventsAsync(Players.Demo, 0, 1_000)).LastOrDefault()?.Seq ?? 0;

        var hubUri = new UriBuilder(server.Root) { Scheme = "ws", Path = "hubs/game", Query = $"access_token={Uri.EscapeDataString(spectator)}" }.Uri;
        double signalR;
        long signalRCount;
        var events = sends * 3;
        var expected = (long)clients * events;
        await using (var hub = await CountingClients.ConnectAsync(hubUri, clients, EventMarker, $"{{\"type\":1,\"invocationId\":\"j\",\"target\":\"JoinGame\",\"arguments\":[\"{Players.Demo}\",{head}]}}"))
        {
            await AppendEventsAsync(context, events);
            await hub.WaitForAsync(expected, TimeSpan.FromSeconds(120));
            (signalR, signalRCount) = (hub.Throughput, hub.Count);
        }
        var frame = await SampleFrameAsync(gm);
        await server.StopAsync();

        var port = ServerProcess.FreePort();
        using var reference = StartReference(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(5) };
        await WaitListeningAsync(http);
        double raw;
        long rawCount;
        await using (var broadcast = await CountingClients.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/ws"), clients, EventMarker, joinFrame: null))
        {
            while (int.Parse(await http.GetStringAsync("clients"), System.Globalization.CultureInfo.InvariantCulture) < clients)
                await Task.Delay(50);
            await http.PostAsync($"publish?count={events}", new StringContent(frame, Encoding.UTF8, "text/plain"));
            await broadcast.WaitForAsync(expected, TimeSpan.FromSeconds(120));
            (raw, rawCount) = (broadcast.Throughput, broadcast.Count);
        }
        reference.Kill();

        var ratio = signalR / raw;
        var markdown = HarnessOptions.Invariant($"""
            **What:** {clients:N0} WebSocket clients on each side, counting messages. SignalR: the clients join the demo game as the
            spectator through `/hubs/game`; then {events} public `communique.delivered` events (copies of a real one) are appended to the game's
            log in one transaction with its NOTIFY, as a burst of sends would, so that what is measured is delivery alone: the game's relay
            reads the log in batches, checks each event against each viewer, and hands it to each connection. Reference: a raw WebSocket broadcaster
            on the same Kestrel (`DiplomacySim.Harness.dll broadcast-server`, its own process like the server), writing the same {Encoding.UTF8.GetByteCount(frame)}-byte
            SignalR event frame {events} times to every client, each message to all at once. Throughput is messages received per second
            between the first arrival and the last. Goal: SignalR at least 0.7 of the reference.

            | | messages received | of expected | messages/s |
            | --- | ---: | ---: | ---: |
            | SignalR hub (relay, visibility, JSON protocol) | {signalRCount:N0} | {expected:N0} | {signalR:N0} |
            | raw WebSocket broadcast | {rawCount:N0} | {expected:N0} | {raw:N0} |
            | **ratio** | | | **{ratio:F2}** |

            The relay serialises each event once and writes the same bytes to all of the game's connections at once, and the next event
            when all have taken it, so that a connection's events stay in order and a slow one is noticed. SignalR's transport sends
            what has queued in a connection's pipe as one WebSocket message; the reference sends each event to every client as a
            message of its own and waits for all of them before the next.
            """);
        return [new Section(Document.Benchmarks, "Fan-out: SignalR against raw WebSockets", markdown,
            HarnessOptions.Invariant($"ratio {ratio:F2} ({signalR:N0} vs {raw:N0} messages/s to {clients:N0} clients); goal ≥ 0.7"))];
    }

    /// <summary>Appends copies of the game's first delivery event after its head, as commands would: under the game's lock, with the NOTIFY.</summary>
    private static async Task AppendEventsAsync(HarnessContext context, int count)
    {
        await using var db = await context.OpenDatabaseAsync();
        await using var command = new Npgsql.NpgsqlCommand("""
            BEGIN;
            WITH g AS (SELECT "Id", "LastEventSeq" FROM "Games" WHERE "Slug" = 'rus-vnm-2018' FOR UPDATE),
                 e AS (SELECT "InGameDate", "Payload" FROM "Events" WHERE "GameId" = (SELECT "Id" FROM g) AND "Type" = 'communique.delivered' ORDER BY "Seq" LIMIT 1),
                 i AS (INSERT INTO "Events" ("GameId", "Seq", "Audience", "InGameDate", "OccurredAt", "Payload", "Type")
                       SELECT g."Id", g."LastEventSeq" + n, NULL, e."InGameDate", now(), e."Payload", 'communique.delivered' FROM g, e, generate_series(1, @count) AS n)
            UPDATE "Games" SET "LastEventSeq" = "LastEventSeq" + @count, "Version" = "Version" + 1 WHERE "Id" = (SELECT "Id" FROM g);
            SELECT pg_notify('diplomacysim_events', "Id"::text) FROM "Games" WHERE "Slug" = 'rus-vnm-2018';
            COMMIT;
            """, db);
        command.Parameters.AddWithValue("count", count);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> SampleFrameAsync(DiplomacySimClient gm)
    {
        var last = (await gm.GetEventsAsync(Players.Demo, 0, 1_000)).First(e => e.Type == "communique.delivered");
        var json = System.Text.Json.JsonSerializer.Serialize(last, DiplomacySimJson.Options);
        return $"{{\"type\":1,\"target\":\"Event\",\"arguments\":[{json}]}}\u001e";
    }

    private static Process StartReference(int port)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { typeof(FanOut).Assembly.Location, "broadcast-server", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitListeningAsync(HttpClient http)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                await http.GetStringAsync("clients");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("The broadcast reference did not start.");
    }
}
