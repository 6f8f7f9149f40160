using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Relations;

public sealed class RelationsAndClockTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Communiques.Conversation players = new(server);

    [Fact]
    public async Task TheMatrix_HasEveryDirectedPair_AndEachScoreIsItsModifiersSum()
    {
        var client = await server.SignInAsync("chn.mfa");

        var relations = await client.GetRelationsAsync(Game);

        relations.Nations.Count.ShouldBe(10);
        relations.Opinions.Count.ShouldBe(10 * 9);
        var detail = await client.GetRelationAsync(Game, "CHN", "VNM");
        detail.Score.ShouldBe(relations.Opinions.Single(o => o.From == "CHN" && o.To == "VNM").Score);
        detail.Score.ShouldBe(detail.Modifiers.Sum(m => m.Value));
        detail.Modifiers.ShouldContain(m => m.Reason == "south-china-sea-dispute" && m.Amount == -35 && m.Decay == null);
    }

    [Fact]
    public async Task AnUnknownPair_Is404()
    {
        var client = await server.SignInAsync("chn.mfa");

        var error = await Should.ThrowAsync<DiplomacySimApiException>(() => client.GetRelationAsync(Game, "CHN", "ATL"));

        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AdvancingTheClock_FadesModifiersAndLogsTheChanges()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (gm, _) = await players.AsAsync("gm");
        await SendAsync(rus, world, "RUS", "KHM", [new CooperationClause(CooperationSector.Cultural, "Ballet on tour.")], classification: Classification.Public);
        var contact = (await gm.GetRelationAsync(Game, "RUS", "KHM")).Modifiers.Single(m => m.Reason == "diplomatic-contact");
        contact.Decay.ShouldNotBeNull();
        var before = (await gm.GetRelationAsync(Game, "RUS", "KHM")).Score;
        var lastSeq = (await gm.GetEventsAsync(Game, 0, 1_000))[^1].Seq;

        var clock = await gm.AdvanceClockAsync(Game, contact.Decay.OverDays);

        clock.InGameDate.ShouldBe(world.InGameDate.AddDays(contact.Decay.OverDays));
        (await rus.GetGameAsync(Game)).InGameDate.ShouldBe(clock.InGameDate);
        var after = await gm.GetRelationAsync(Game, "RUS", "KHM");
        after.Modifiers.ShouldNotContain(m => m.Reason == "diplomatic-contact");
        after.Score.ShouldBe(before - contact.Value);
        var logged = await gm.GetEventsAsync(Game, lastSeq, 1_000);
        logged[0].Type.ShouldBe("clock.advanced");
        logged.ShouldContain(e => e.Type == "relation.changed" && e.Payload.GetProperty("from").GetString() == "RUS" && e.Payload.GetProperty("to").GetString() == "KHM");
    }
}
