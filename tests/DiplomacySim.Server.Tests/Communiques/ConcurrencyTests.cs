using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>Commands racing in one game: seqs without gaps, no lost or doubled update, retries that send once.</summary>
public sealed class ConcurrencyTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    [Fact]
    public async Task FiftyConcurrentSends_TakeTheNextFiftySeqsExactly()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (gm, _) = await players.AsAsync("gm");
        var before = await AllEventsAsync(gm);
        var lastSeq = before.Count == 0 ? 0 : before[^1].Seq;
        var contactsBefore = await ContactModifiersAsync(gm);

        var sends = Enumerable.Range(1, 50).Select(i => rus.SendCommuniqueAsync(Game,
            new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), $"Note {i}", Classification.Public, $"Note number {i}.",
                [new CooperationClause(CooperationSector.Cultural, $"Exchange {i}")])));
        var sent = await Task.WhenAll(sends);

        sent.Select(s => s.Id).Distinct().Count().ShouldBe(50);
        var events = (await AllEventsAsync(gm)).Where(e => e.Seq > lastSeq).ToList();
        events.Select(e => e.Seq).ShouldBe(Enumerable.Range(1, events.Count).Select(i => lastSeq + i));
        events.Count(e => e.Type == "communique.delivered").ShouldBe(50);
        sent.Select(s => s.Seq).Order().ShouldBe(events.Where(e => e.Type == "communique.delivered").Select(e => e.Seq));
        (await gm.ListCommuniquesAsync(Game, limit: 500)).Count(c => c.Subject.StartsWith("Note ", StringComparison.Ordinal)).ShouldBe(50);

        // Each delivery added its contact modifier once each way, tied to its own event.
        var contacts = (await ContactModifiersAsync(gm)).Except(contactsBefore).ToList();
        contacts.Count.ShouldBe(100);
        contacts.GroupBy(c => c.Modifier.SourceEventSeq).ShouldAllBe(g => g.Select(c => c.Direction).Distinct().Count() == 2);
    }

    [Fact]
    public async Task ConcurrentAcceptancesBeyondCapacity_OneWinsAndTheOtherIsCapacityExceeded()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (rusDefence, _) = await players.AsAsync("rus.mod");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var first = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, "Biên Hòa Air Base", 7_000)]);
        var second = await SendAsync(rusDefence, world, "RUS", "VNM", [Basing(world, "Biên Hòa Air Base", 7_000)], fromKind: "defence");

        var outcomes = await Task.WhenAll(new[] { first, second }.Select(async id =>
        {
            try
            {
                await AnswerAsync(vnm, world, "VNM", id, new ClauseResponse(0, Decision.Accept));
                return "accepted";
            }
            catch (DiplomacySimApiException refused) when (refused.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                return refused.Violations.Single().Code;
            }
        }));

        outcomes.ShouldBe(["accepted", "CAPACITY_EXCEEDED"], ignoreOrder: true);
        (await vnm.GetGameAsync(Game)).Installations.Single(i => i.Name == "Biên Hòa Air Base").ReservedPersonnel.ShouldBe(7_000);
    }

    [Fact]
    public async Task ARetriedSendWithTheSameKey_SendsOnce()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var draft = new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("IND"), "Idempotent", Classification.Confidential, "Sent once.",
            [new InvestmentClause("pharmaceuticals", 50_000_000m, "USD")]);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => rus.SendCommuniqueAsync(Game, draft, idempotencyKey: "retry-1")));

        attempts.Select(a => a.Id).Distinct().ShouldHaveSingleItem();
        attempts.Select(a => a.Seq).Distinct().ShouldHaveSingleItem();
        (await rus.ListCommuniquesAsync(Game, Box.Sent)).Count(c => c.Subject == "Idempotent").ShouldBe(1);
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBody_Is422()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var draft = new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("JPN"), "First", Classification.Public, "One.", []);
        await rus.SendCommuniqueAsync(Game, draft, idempotencyKey: "reused");

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => rus.SendCommuniqueAsync(Game, draft with { Body = "Two." }, idempotencyKey: "reused"));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Code.ShouldBe("IDEMPOTENCY_KEY_REUSED");
    }

    private static async Task<List<GameEvent>> AllEventsAsync(DiplomacySimClient client)
    {
        var all = new List<GameEvent>();
        while (true)
        {
            var page = await client.GetEventsAsync(Game, all.Count == 0 ? 0 : all[^1].Seq, 1_000);
            if (page.Count == 0)
                return all;
            all.AddRange(page);
        }
    }

    // With its direction: the two modifiers of one delivery are otherwise equal values.
    private static async Task<List<(string Direction, ModifierView Modifier)>> ContactModifiersAsync(DiplomacySimClient client) =>
    [
        .. (await client.GetRelationAsync(Game, "RUS", "VNM")).Modifiers.Where(m => m.Reason == "diplomatic-contact").Select(m => ("RUS->VNM", m)),
        .. (await client.GetRelationAsync(Game, "VNM", "RUS")).Modifiers.Where(m => m.Reason == "diplomatic-contact").Select(m => ("VNM->RUS", m)),
    ];
}
