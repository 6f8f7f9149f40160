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
