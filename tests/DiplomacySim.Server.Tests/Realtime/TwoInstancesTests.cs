using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>Two server instances on one PostgreSQL database and one Redis, as docker-compose runs them.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public ScaledOutInstance First { get; } = new(sharedDatabase: null);
    public ScaledOutInstance Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        Second = new ScaledOutInstance(First.ConnectionString);
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)Second).DisposeAsync();
        await ((IAsyncLifetime)First).DisposeAsync();
    }
}

public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task AClientOfTheFirstInstance_ReceivesInOrderWhatRequestsToTheSecondCaused()
    {
        await using var vietNam = await Recorder.WatchAsync(instances.First, "vnm.mfa");
        var rus = await instances.Second.SignInAsync("rus.mfa");
        var vnm = await instances.Second.SignInAsync("vnm.mfa");
        var world = await rus.GetGameAsync(TestWorld.Slug);

        for (var i = 0; i < 10; i++)
        {
            var letter = await rus.SendCommuniqueAsync(TestWorld.Slug, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), $"Via the second {i}",
                Classification.Secret, "…", [new CooperationClause(CooperationSector.Defense, $"Exercise {i}")]));
            await vnm.RespondAsync(TestWorld.Slug, letter.Id, new ResponseDraft(world.Ministry("VNM"), "Agreed.", [new ClauseResponse(0, Decision.Accept)]));
        }

        var received = await vietNam.ReceivedEverythingAfterAsync(0);
        received.Count(e => e.Type == "communique.delivered").ShouldBe(10);
        received.Count(e => e.Type == "communique.answered").ShouldBe(10);
        received.Zip(received.Skip(1)).ShouldAllBe(pair => pair.First.Seq < pair.Second.Seq);
    }

    [Fact]
    public async Task ACapacityTakenThroughTheSecondInstance_IsSeenByTheFirstInstancesNextCheck()
    {
        // The first instance reads the world once and keeps it (WorldCache); an acceptance on the second
        // moves the game's WorldVersion, and the first must notice that at its next draft, not serve the copy.
        var rusOnFirst = await instances.First.SignInAsync("rus.mfa");
        var rus = await instances.Second.SignInAsync("rus.mfa");
        var vnm = await instances.Second.SignInAsync("vnm.mfa");
        var world = await rus.GetGameAsync(TestWorld.Slug);
        var draft = new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), "Basing at An Thới", Classification.Confidential, "…",
            [Communiques.Conversation.Basing(world, "An Thới Naval Base", 4_000)]);
        (await rusOnFirst.CheckCommuniqueAsync(TestWorld.Slug, draft)).Violations.ShouldBeEmpty();

        var letter = await rus.SendCommuniqueAsync(TestWorld.Slug, draft);
        await vnm.RespondAsync(TestWorld.Slug, letter.Id, new ResponseDraft(world.Ministry("VNM"), "Agreed.", [new ClauseResponse(0, Decision.Accept)]));

        (await rusOnFirst.CheckCommuniqueAsync(TestWorld.Slug, draft)).Violations.ShouldContain(v => v.Code == "CAPACITY_EXCEEDED");
    }

    [Fact]
    public async Task SendsThroughBothInstances_EachMoveTheOpinionFromWhereTheLastOneLeftIt()
    {
        // Each instance keeps the opinion sums its last send left (OpinionCache), keyed by the game row's
        // version; a send through the other instance moves that version, so the copy is not used after it.
        var first = await instances.First.SignInAsync("rus.mfa");
        var second = await instances.Second.SignInAsync("rus.mfa");
        var world = await first.GetGameAsync(TestWorld.Slug);
        var before = await Communiques.OpinionLedger.LastSeqAsync(instances.First.ConnectionString, TestWorld.Slug);

        // Twice on one instance, then the other: a copy is used, then passed over.
        foreach (var (through, i) in new[] { first, first, second, second, first, second, first, first }.Select((c, i) => (c, i)))
            await through.SendCommuniqueAsync(TestWorld.Slug, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), $"Alternating {i}",
                Classification.Public, "…", [new CooperationClause(CooperationSector.Cultural, $"Festival {i}")]));

        (await Communiques.OpinionLedger.ScoresAfterAsync(instances.First.ConnectionString, TestWorld.Slug, before)).ShouldBeGreaterThanOrEqualTo(8);
    }
}
