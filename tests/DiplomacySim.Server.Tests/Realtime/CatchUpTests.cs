using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>A client that was away resumes from its last seq: exactly what it may see, in order, nothing twice.</summary>
public sealed class CatchUpTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task AfterAHundredEventsAway_TheResumeDeliversExactlyTheVisibleOnes()
    {
        await using var russia = await Recorder.WatchAsync(server, "rus.mfa");
        var gm = await server.SignInAsync("gm");
        var before = await russia.ReceivedEverythingAfterAsync(0);
        var lastSeen = russia.Stream.LastSeq;
        await russia.Stream.DisconnectAsync();

        // Some letters Russia may read (its own, public ones), some it may not (between others, confidential).
        var writers = new[] { ("rus.mfa", "RUS", "VNM", Classification.Confidential), ("usa.mfa", "USA", "JPN", Classification.Confidential), ("chn.mfa", "CHN", "THA", Classification.Public) };
        var world = await gm.GetGameAsync(TestWorld.Slug);
        var target = (await gm.GetEventsAsync(TestWorld.Slug, 0, 1_000)).Select(e => e.Seq).DefaultIfEmpty(0).Max() + 100;
        for (var i = 0; (await gm.GetEventsAsync(TestWorld.Slug, target - 1, 1)).Count == 0; i++)
        {
            var (user, from, to, classification) = writers[i % writers.Length];
            var writer = await server.SignInAsync(user);
            await writer.SendCommuniqueAsync(TestWorld.Slug, new CommuniqueDraft(world.Ministry(from), world.Ministry(to), $"Away {i}", classification, "…",
                [new CooperationClause(CooperationSector.Cultural, $"Exchange {i}")]));
        }

        await russia.Stream.ResumeAsync();
        var missed = await russia.ReceivedEverythingAfterAsync(lastSeen);

        missed.Count.ShouldBeGreaterThan(0);
        missed.Select(e => e.Seq).ShouldBeInOrder(SortDirection.Ascending);
        missed.Select(e => e.Seq).Distinct().Count().ShouldBe(missed.Count);
        missed.ShouldNotContain(e => e.Payload.ToString().Contains("\"USA\"", StringComparison.Ordinal) && e.Type == "communique.delivered");
        russia.Received.Select(e => e.Seq).ShouldBe(before.Select(e => e.Seq).Concat(missed.Select(e => e.Seq)));
    }
}
