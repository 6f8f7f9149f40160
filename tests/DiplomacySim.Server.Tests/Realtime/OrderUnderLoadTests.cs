using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>Four writers race 200 communiques into one game while four connections watch.</summary>
public sealed class OrderUnderLoadTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task EveryWatcher_ReceivesItsEventsInStrictlyRisingSeq()
    {
        string[] watchers = ["gm", "rus.mfa", "chn.mfa", "spectator"];
        var recorders = new List<Recorder>();
        foreach (var name in watchers)
            recorders.Add(await Recorder.WatchAsync(server, name));
        var world = await (await server.SignInAsync("gm")).GetGameAsync(TestWorld.Slug);

        var writers = new[] { ("rus.mfa", "RUS", "VNM"), ("vnm.mfa", "VNM", "THA"), ("usa.mfa", "USA", "JPN"), ("chn.mfa", "CHN", "IND") };
        await Task.WhenAll(writers.Select(async writer =>
        {
            var (user, from, to) = writer;
            var client = await server.SignInAsync(user);
            for (var i = 0; i < 50; i++)
            {
                var classification = i % 2 == 0 ? Classification.Public : Classification.Secret;
                await client.SendCommuniqueAsync(TestWorld.Slug, new CommuniqueDraft(world.Ministry(from), world.Ministry(to), $"{from} {i}", classification, "…",
                    [new CooperationClause(CooperationSector.Energy, $"Note {i}")]));
            }
        }));

        foreach (var recorder in recorders)
        {
            var received = await recorder.ReceivedEverythingAfterAsync(0);
            received.Zip(received.Skip(1)).ShouldAllBe(pair => pair.First.Seq < pair.Second.Seq, recorder.Name);
        }
        recorders.Single(r => r.Name == "gm").Received.Count(e => e.Type == "communique.delivered").ShouldBeGreaterThanOrEqualTo(200);
        foreach (var recorder in recorders)
            await recorder.DisposeAsync();
    }
}
