using DiplomacySim.Client;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>Who may watch a game through <c>/hubs/game</c>.</summary>
public sealed class HubAccessTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task WithoutAToken_TheConnectionIsRefused()
    {
        await using var stream = server.EventStream("not-a-token");

        var refused = await Should.ThrowAsync<Exception>(() => stream.JoinAsync(TestWorld.Slug));

        refused.Message.ShouldContain("401");
    }

    [Fact]
    public async Task AClientThatAsksForStatefulReconnect_IsNotOfferedIt()
    {
        // Decision 17: every drop resumes with JoinGame(game, lastSeq); a mended connection would come back joined to nothing.
        var client = await server.SignInAsync("rus.mfa");
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.AccessToken);

        using var negotiated = await http.PostAsync("/hubs/game/negotiate?negotiateVersion=1&useStatefulReconnect=true", null);

        negotiated.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync());
        body.RootElement.TryGetProperty("connectionToken", out _).ShouldBeTrue();
        (body.RootElement.TryGetProperty("useStatefulReconnect", out var offered) && offered.GetBoolean()).ShouldBeFalse();
    }

    [Fact]
    public async Task AnUnknownGame_IsRefusedWithItsCode()
    {
        var client = await server.SignInAsync("rus.mfa");
        await using var stream = server.EventStream(client.AccessToken!);

        var refused = await Should.ThrowAsync<HubException>(() => stream.JoinAsync("no-such-game"));

        refused.Message.ShouldContain("GAME_NOT_FOUND");
    }

    [Fact]
    public async Task ANegativeSeq_IsRefused()
    {
        var client = await server.SignInAsync("rus.mfa");
        await using var stream = server.EventStream(client.AccessToken!);

        var refused = await Should.ThrowAsync<HubException>(() => stream.JoinAsync(TestWorld.Slug, afterSeq: -1));

        refused.Message.ShouldContain("VALIDATION_FAILED");
    }

    [Fact]
    public async Task ASpectator_MayWatch_AndReceivesPublicEvents()
    {
        await using var spectator = await server.WatchAsync("spectator");
        var rus = await server.SignInAsync("rus.mfa");
        var world = await rus.GetGameAsync(TestWorld.Slug);

        var sent = await rus.SendCommuniqueAsync(TestWorld.Slug, new Client.Contracts.CommuniqueDraft(world.Ministry("RUS"), world.Ministry("THA"),
            "An open letter", Domain.Communiques.Classification.Public, "For everyone to read.", []));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var received in spectator.Events.ReadAllAsync(timeout.Token))
        {
            if (received.Seq < sent.Seq)
                continue;
            received.Seq.ShouldBe(sent.Seq);
            received.Type.ShouldBe("communique.delivered");
            received.Payload.GetProperty("id").GetGuid().ShouldBe(sent.Id);
            return;
        }
        Assert.Fail("the spectator received no event for the public letter");
    }

    [Fact]
    public async Task ATokenInTheQuery_AsBrowsersSendIt_JoinsAndIsNotKeptWithTheConnection()
    {
        var client = await server.SignInAsync("spectator");
        var held = server.Services.GetRequiredService<DiplomacySim.Server.Realtime.HubConnections>();
        var uri = new UriBuilder(new Uri(server.Server.BaseAddress, "hubs/game")) { Scheme = "ws", Query = $"access_token={Uri.EscapeDataString(client.AccessToken!)}" }.Uri;
        using var socket = await server.Server.CreateWebSocketClient().ConnectAsync(uri, CancellationToken.None);

        await SendAsync(socket, """{"protocol":"json","version":1}""");
        (await ReceiveAsync(socket)).ShouldBe("{}");
        await SendAsync(socket, $$"""{"type":1,"invocationId":"j","target":"JoinGame","arguments":["{{TestWorld.Slug}}",0]}""");
        string completion;
        do
            completion = await ReceiveAsync(socket);
        while (!completion.Contains("\"invocationId\":\"j\"", StringComparison.Ordinal));

        completion.ShouldNotContain("\"error\"");
        // The request lives as long as the connection: once authorized, its query no longer holds the token.
        var requests = held.All.Select(c => c.GetHttpContext()!.Request).ToList();
        requests.ShouldNotBeEmpty();
        requests.ShouldAllBe(r => !r.Query.ContainsKey("access_token") && !(r.QueryString.Value ?? "").Contains(client.AccessToken!, StringComparison.Ordinal));
    }

    private static Task SendAsync(System.Net.WebSockets.WebSocket socket, string message) =>
        socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(message + "\u001e"), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<string> ReceiveAsync(System.Net.WebSockets.WebSocket socket)
    {
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, result.Count).TrimEnd('\u001e');
    }

    [Fact]
    public async Task ClosedConnections_AreNoLongerHeldByTheRelay()
    {
        var held = server.Services.GetRequiredService<DiplomacySim.Server.Realtime.HubConnections>();
        var before = held.Count;

        var watchers = new[] { await server.WatchAsync("spectator"), await server.WatchAsync("rus.mfa"), await server.WatchAsync("gm") };
        held.Count.ShouldBe(before + 3);

        foreach (var watcher in watchers)
            await watcher.DisposeAsync();
        for (var waited = 0; held.Count != before && waited < 50; waited++)
            await Task.Delay(100);
        held.Count.ShouldBe(before);
    }
}
