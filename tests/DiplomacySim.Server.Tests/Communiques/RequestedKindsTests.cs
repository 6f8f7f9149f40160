using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// The kinds players asked for on the forums (issue 18), over HTTP on the real store: sent, accepted
/// and concluded; an other request and a defence pact ratified by a GM; embassies opened in the world.
/// </summary>
public sealed class RequestedKindsTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    [Fact]
    public async Task EachNewKind_IsSentAccepted_AndConcluded_AndTheOnesAGmRulesOnEnterIntoForceByTheRuling()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (rusDefence, _) = await players.AsAsync("rus.mod");
        var (vnm, gm) = (await server.SignInAsync("vnm.mfa"), await server.SignInAsync("gm"));
        Clause[] asked =
        [
            new OtherRequestClause("A joint stamp issue", "Marking the anniversary of relations, in May."),
            new DiplomaticRelationsClause(DiplomaticAction.AccreditAmbassador, "Hanoi", "Konstantin Vnukov"),
            new DefencePactClause(PactType.MutualDefence, 20),
            new OverflightRightsClause(AircraftCategory.Military, "the Gulf of Tonkin", 48),
            new IntelligenceSharingClause([IntelligenceDomain.Sigint, IntelligenceDomain.Imint], "assessed reports"),
            new VisaFacilitationClause(["students", "business travellers"], Waiver: true),
        ];
        var letter = await SendAsync(rus, world, "RUS", "VNM", asked);
        var arms = await SendAsync(rusDefence, world, "RUS", "VNM", [new ArmsPurchaseClause(["Su-30MK2 fighters"], 12, 600_000_000m, "USD")], fromKind: "defence");

        var concluded = (await AnswerAsync(vnm, world, "VNM", letter, [.. asked.Select((_, i) => new ClauseResponse(i, Decision.Accept))])).Agreements
            .Concat((await AnswerAsync(vnm, world, "VNM", arms, new ClauseResponse(0, Decision.Accept))).Agreements).ToList();

        var agreements = (await gm.ListAgreementsAsync(Game)).Where(a => concluded.Contains(a.Id)).ToDictionary(a => a.Kind);
        agreements.Keys.ShouldBe([ClauseKind.OtherRequest, ClauseKind.DiplomaticRelations, ClauseKind.DefencePact, ClauseKind.OverflightRights,
            ClauseKind.IntelligenceSharing, ClauseKind.VisaFacilitation, ClauseKind.ArmsPurchase], ignoreOrder: true);
        agreements.Values.Where(a => a.Status == AgreementStatus.PendingRatification).Select(a => a.Kind)
            .ShouldBe([ClauseKind.OtherRequest, ClauseKind.DefencePact], ignoreOrder: true);
        Json(agreements[ClauseKind.IntelligenceSharing].Terms).ShouldBe(Json(asked[4]));

        var ruled = await gm.RatifyAsync(Game, agreements[ClauseKind.OtherRequest].Id, "Granted: the stamps are issued in May.");
        await gm.RatifyAsync(Game, agreements[ClauseKind.DefencePact].Id, "Ratified by both parliaments.");

        (ruled.Status, ruled.Ruling).ShouldBe((AgreementStatus.InForce, "Granted: the stamps are issued in May."));
        var reasons = (await gm.GetRelationAsync(Game, "VNM", "RUS")).Modifiers.Select(m => m.Reason).ToList();
        reasons.ShouldContain("defence-pact");
        reasons.ShouldContain("visa-facilitation");
        reasons.ShouldContain("arms-purchase");
    }

    [Fact]
    public async Task AnEmbassyOpened_ReopensTheClosedOne_AndASecondRequestFindsItOpen()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var tha = await server.SignInAsync("tha.mfa");
        var open = new DiplomaticRelationsClause(DiplomaticAction.OpenEmbassy, "Bangkok", null);
        world.Missions.Single(m => m.From == "RUS" && m.To == "THA").Status.ShouldBe("closed");

        var letter = await SendAsync(rus, world, "RUS", "THA", [open]);
        await AnswerAsync(tha, world, "THA", letter, new ClauseResponse(0, Decision.Accept));

        (await rus.GetGameAsync(Game)).Missions.Single(m => m.From == "RUS" && m.To == "THA").Status.ShouldBe("open");
        var again = new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("THA"), "Again", Classification.Confidential, "", [open]);
        (await rus.CheckCommuniqueAsync(Game, again)).Violations.Select(v => v.Code).ShouldBe(["MISSION_ALREADY_OPEN"]);
    }

    [Fact]
    public async Task RelationsEstablished_WhereNoneWere_FoundAnEmbassyEachWay()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var gm = await server.SignInAsync("gm");
        await ForgetMissionsAsync("RUS", "KHM");
        var establish = new DiplomaticRelationsClause(DiplomaticAction.EstablishRelations, null, null);
        var embassy = new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("KHM"), "Embassy", Classification.Public, "", [new DiplomaticRelationsClause(DiplomaticAction.OpenEmbassy, null, null)]);
        (await rus.CheckCommuniqueAsync(Game, embassy)).Violations.Select(v => v.Code).ShouldBe(["NO_DIPLOMATIC_RELATIONS"]);

        var letter = await SendAsync(rus, world, "RUS", "KHM", [establish]);
        // Cambodia's ministries are unplayed: the GM answers in its name.
        await AnswerAsync(gm, world, "KHM", letter, new ClauseResponse(0, Decision.Accept));

        var missions = (await rus.GetGameAsync(Game)).Missions.Where(m => (m.From, m.To) is ("RUS", "KHM") or ("KHM", "RUS")).ToList();
        missions.Select(m => (m.From, m.To, m.Status)).ShouldBe([("KHM", "RUS", "open"), ("RUS", "KHM", "open")], ignoreOrder: true);
    }

    [Fact]
    public async Task AStatusOfForces_WaitsForBasingRights_ThenAccompaniesThem()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var vnm = await server.SignInAsync("vnm.mfa");
        var sofa = new StatusOfForcesClause(Jurisdiction.SendingState, CustomsExemption: true, TaxExemption: true, null);

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => SendAsync(rus, world, "RUS", "VNM", [sofa]));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Violations.Select(v => v.Code).ShouldBe(["NO_ACCESS_AGREEMENT"]);

        var basing = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, "Yên Bái Air Base", 300)]);
        var access = (await AnswerAsync(vnm, world, "VNM", basing, new ClauseResponse(0, Decision.Accept))).Agreements.Single();
        var letter = await SendAsync(rus, world, "RUS", "VNM", [sofa with { Agreement = access }]);
        var concluded = (await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept))).Agreements.Single();

        var agreement = (await vnm.ListAgreementsAsync(Game)).Single(a => a.Id == concluded);
        (agreement.Kind, agreement.Status).ShouldBe((ClauseKind.StatusOfForces, AgreementStatus.InForce));
    }

    [Fact]
    public async Task MutualDefence_WithARival_IsRefusedAtSend()
    {
        var (vnm, world) = await players.AsAsync("vnm.mfa");

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => SendAsync(vnm, world, "VNM", "CHN", [new DefencePactClause(PactType.MutualDefence, null)]));

        refused.Violations.Select(v => v.Code).ShouldBe(["MUTUAL_DEFENCE_WITH_RIVAL"]);
    }

    // The test world gives every pair embassies; a pair that never held relations is made so in the store.
    private async Task ForgetMissionsAsync(string a, string b)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        var game = await db.Games.SingleAsync(g => g.Slug == Game);
        db.Missions.RemoveRange(await db.Missions.Where(m => m.GameId == game.Id && ((m.From == a && m.To == b) || (m.From == b && m.To == a))).ToListAsync());
        await db.SaveChangesAsync();
    }

    // Clauses with lists compare by their JSON, as the API writes them.
    private static string Json(Clause clause) => System.Text.Json.JsonSerializer.Serialize(clause, DiplomacySimJson.Options);
}
