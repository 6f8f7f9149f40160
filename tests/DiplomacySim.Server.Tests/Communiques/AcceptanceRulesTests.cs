using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// The rules run again when a clause is accepted, since the world may have changed since it was
/// sent; answers follow their own rules. Each test uses its own installations and nations.
/// </summary>
public sealed class AcceptanceRulesTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    [Fact]
    public async Task CapacityTakenSinceSending_RefusesTheSecondAcceptance()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (rusDefence, _) = await players.AsAsync("rus.mod");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var first = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, "An Thới Naval Base", 5_000)]);
        var second = await SendAsync(rusDefence, world, "RUS", "VNM", [Basing(world, "An Thới Naval Base", 5_000)], fromKind: "defence");

        await AnswerAsync(vnm, world, "VNM", first, new ClauseResponse(0, Decision.Accept));
        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => AnswerAsync(vnm, world, "VNM", second, new ClauseResponse(0, Decision.Accept)));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Violations.ShouldContain(v => v.Code == "CAPACITY_EXCEEDED" && v.ClauseIndex == 0);
        (await vnm.GetCommuniqueAsync(Game, second)).Clauses[0].Status.ShouldBe(ClauseStatus.Pending);
        (await vnm.GetGameAsync(Game)).Installations.Single(i => i.Name == "An Thới Naval Base").ReservedPersonnel.ShouldBe(5_000);
    }

    [Fact]
    public async Task ASecondMandateForTheSameInterests_IsRefusedAtAcceptanceAndThenAtSend()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (rusDefence, _) = await players.AsAsync("rus.mod");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var first = await SendAsync(rus, world, "RUS", "VNM", [ReferenceLetter.ProtectingPowerInThailand]);
        var second = await SendAsync(rusDefence, world, "RUS", "VNM", [ReferenceLetter.ProtectingPowerInThailand], fromKind: "defence");

        await AnswerAsync(vnm, world, "VNM", first, new ClauseResponse(0, Decision.Accept));
        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => AnswerAsync(vnm, world, "VNM", second, new ClauseResponse(0, Decision.Accept)));
        refused.Violations.ShouldContain(v => v.Code == "MANDATE_EXISTS");

        var draft = new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), "Again", Classification.Confidential, "", [ReferenceLetter.ProtectingPowerInThailand]);
        (await rus.CheckCommuniqueAsync(Game, draft)).Violations.ShouldContain(v => v.Code == "MANDATE_EXISTS");
    }

    [Fact]
    public async Task ABaseLeasedToARival_IsRefusedAtSendAndAtAcceptance()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (usa, _) = await players.AsAsync("usa.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        // Moscow asks first; Washington's request, made in the open, is accepted before Moscow's.
        var russian = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, "Cam Ranh Base", 1_000)]);
        var american = await SendAsync(usa, world, "USA", "VNM", [Basing(world, "Cam Ranh Base", 1_000)], classification: Classification.Public);
        await AnswerAsync(vnm, world, "VNM", american, new ClauseResponse(0, Decision.Accept));

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => AnswerAsync(vnm, world, "VNM", russian, new ClauseResponse(0, Decision.Accept)));
        refused.Violations.ShouldContain(v => v.Code == "INSTALLATION_LEASED_TO_RIVAL");

        var draft = new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), "Cam Ranh", Classification.Secret, "", [Basing(world, "Cam Ranh Base", 500)]);
        (await rus.CheckCommuniqueAsync(Game, draft)).Violations.ShouldContain(v => v.Code == "INSTALLATION_LEASED_TO_RIVAL");
    }

    [Fact]
    public async Task ABaseHeldUnderARivalsSecretLease_HasNoRoomAtSendAndAtAcceptance_AndNamesNoOne()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (usa, _) = await players.AsAsync("usa.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var russian = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, "Yên Bái Air Base", 1_000)]);
        var american = await SendAsync(usa, world, "USA", "VNM", [Basing(world, "Yên Bái Air Base", 1_237)], classification: Classification.Secret);
        await AnswerAsync(vnm, world, "VNM", american, new ClauseResponse(0, Decision.Accept));

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => AnswerAsync(vnm, world, "VNM", russian, new ClauseResponse(0, Decision.Accept)));
        var draft = new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), "Yên Bái", Classification.Secret, "", [Basing(world, "Yên Bái Air Base", 10)]);
        var checkedDraft = await rus.CheckCommuniqueAsync(Game, draft);

        foreach (var violations in new[] { refused.Violations, checkedDraft.Violations })
        {
            var noRoom = violations.ShouldHaveSingleItem();
            noRoom.Code.ShouldBe("CAPACITY_EXCEEDED");
            noRoom.Message.ShouldContain("no room is available at Yên Bái Air Base");
            noRoom.Message.ShouldNotContain("United States");
            noRoom.Message.ShouldNotContain("1,237");
        }
        var seen = (await rus.GetGameAsync(Game)).Installations.Single(i => i.Name == "Yên Bái Air Base");
        seen.ReservedPersonnel.ShouldBe(0);
        seen.UndisclosedArrangement.ShouldBeTrue();
        (await usa.GetGameAsync(Game)).Installations.Single(i => i.Name == "Yên Bái Air Base").ReservedPersonnel.ShouldBe(1_237);
    }

    [Fact]
    public async Task AVeto_ReleasesTheHeldRoomAndWritesTheRuling()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var (gm, _) = await players.AsAsync("gm");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, "Đà Nẵng Air Base", 2_000)]);
        var accepted = await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept));
        (await gm.GetGameAsync(Game)).Installations.Single(i => i.Name == "Đà Nẵng Air Base").ReservedPersonnel.ShouldBe(2_000);

        var vetoed = await gm.VetoAsync(Game, accepted.Agreements.Single(), "Vetoed: the base hosts a civilian airport.");

        vetoed.Status.ShouldBe(AgreementStatus.Vetoed);
        vetoed.Ruling.ShouldBe("Vetoed: the base hosts a civilian airport.");
        var danang = (await gm.GetGameAsync(Game)).Installations.Single(i => i.Name == "Đà Nẵng Air Base");
        (danang.ReservedPersonnel, danang.ForeignPersonnel).ShouldBe((0, 0));
        var again = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.RatifyAsync(Game, vetoed.Id, "Changed my mind."));
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again.Code.ShouldBe("AGREEMENT_NOT_PENDING");
    }

    [Fact]
    public async Task GameMasterActions_By_A_Player_Are403()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");

        var ratify = await Should.ThrowAsync<DiplomacySimApiException>(() => rus.RatifyAsync(Game, Guid.NewGuid(), "I rule for myself."));
        ratify.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ratify.Code.ShouldBe("GM_ONLY");
        var clock = await Should.ThrowAsync<DiplomacySimApiException>(() => rus.AdvanceClockAsync(Game, 30));
        clock.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await rus.GetGameAsync(Game)).InGameDate.ShouldBe(world.InGameDate);
    }

    [Fact]
    public async Task OnlyTheAddressedMinistry_CanAnswer_AndOnlyOnce()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var (vnmDefence, _) = await players.AsAsync("vnm.mod");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [new CooperationClause(CooperationSector.Energy, "Joint offshore exploration.")]);

        var impostor = await Should.ThrowAsync<DiplomacySimApiException>(() => AnswerAsync(rus, world, "VNM", letter, new ClauseResponse(0, Decision.Accept)));
        impostor.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        impostor.Code.ShouldBe("SENDER_NOT_HELD");
        var wrongMinistry = await Should.ThrowAsync<DiplomacySimApiException>(() =>
            vnmDefence.RespondAsync(Game, letter, new ResponseDraft(world.Ministry("VNM", "defence"), "", [new ClauseResponse(0, Decision.Accept)])));
        wrongMinistry.Violations.ShouldContain(v => v.Code == "NOT_ADDRESSED_TO_MINISTRY");

        await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Reject));
        var twice = await Should.ThrowAsync<DiplomacySimApiException>(() => AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept)));
        twice.Violations.ShouldContain(v => v.Code == "CLAUSE_ALREADY_ANSWERED");
    }

    [Fact]
    public async Task ACounterProposal_MustKeepTheKind()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [new InvestmentClause("shipbuilding", 1_000_000_000m, "USD")]);

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() =>
            AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Counter, new CooperationClause(CooperationSector.Industrial, "Let us talk instead."))));

        refused.Violations.ShouldContain(v => v.Code == "COUNTER_CHANGES_KIND");
        (await rus.GetCommuniqueAsync(Game, letter)).Clauses[0].Status.ShouldBe(ClauseStatus.Pending);
    }
}
