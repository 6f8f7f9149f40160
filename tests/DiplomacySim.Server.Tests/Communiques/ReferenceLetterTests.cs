using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// DESIGN.md's reference letter played through the HTTP API on PostgreSQL in the test world:
/// sent, countered, answered, consented to, ratified, and its effects on the world and on opinions.
/// </summary>
public sealed class ReferenceLetterTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private const string Game = TestWorld.Slug;

    [Fact]
    public async Task TheReferenceLetter_PlaysThroughToAgreementsInForce()
    {
        var rus = await server.SignInAsync("rus.mfa");
        var vnm = await server.SignInAsync("vnm.mfa");
        var tha = await server.SignInAsync("tha.mfa");
        var chn = await server.SignInAsync("chn.mfa");
        var gm = await server.SignInAsync("gm");
        var world = await rus.GetGameAsync(Game);
        var startSeq = (await gm.GetEventsAsync(Game, limit: 1000)).Select(e => e.Seq).DefaultIfEmpty(0).Max();

        // Moscow checks the draft: clean. Then sends it.
        var draft = ReferenceLetter.Draft(world);
        (await rus.CheckCommuniqueAsync(Game, draft)).Violations.ShouldBeEmpty();
        var letter = await rus.SendCommuniqueAsync(Game, draft);

        // Hanoi finds it in its inbox, counters the emergency cap, accepts three requests and declines refuelling.
        (await vnm.ListCommuniquesAsync(Game, Box.Inbox)).ShouldContain(c => c.Id == letter.Id);
        var answer = await vnm.RespondAsync(Game, letter.Id, new ResponseDraft(world.Ministry("VNM"), "Hanoi welcomes most of Moscow's proposals.",
        [
            new ClauseResponse(0, Decision.Counter, ReferenceLetter.Basing(world, emergencyCap: 15_000)),
            new ClauseResponse(1, Decision.Accept),
            new ClauseResponse(2, Decision.Accept),
            new ClauseResponse(3, Decision.Reject),
            new ClauseResponse(4, Decision.Accept),
        ]));
        answer.Agreements.Count.ShouldBe(3);

        var sent = await rus.GetCommuniqueAsync(Game, letter.Id);
        sent.Clauses.Select(c => c.Status).ShouldBe([ClauseStatus.Countered, ClauseStatus.Accepted, ClauseStatus.Accepted, ClauseStatus.Rejected, ClauseStatus.Accepted]);

        // Moscow accepts the counter-proposal that came back in Hanoi's reply.
        var reply = await rus.GetCommuniqueAsync(Game, answer.Id);
        reply.InReplyTo.ShouldBe(letter.Id);
        var counter = reply.Clauses.ShouldHaveSingleItem();
        counter.Answers.ShouldBe(new ClauseRef(letter.Id, 0));
        ((BasingRightsClause)counter.Terms).EmergencyPersonnelCap.ShouldBe(15_000);
        var basingAccepted = await rus.RespondAsync(Game, reply.Id, new ResponseDraft(world.Ministry("RUS"), "Moscow agrees.", [new ClauseResponse(0, Decision.Accept)]));
        var basingId = basingAccepted.Agreements.ShouldHaveSingleItem();

        // Bangkok is asked to consent to Viet Nam protecting Russia's interests, and does.
        var consentRequest = (await tha.ListCommuniquesAsync(Game, Box.Inbox)).ShouldHaveSingleItem();
        consentRequest.Clauses.ShouldHaveSingleItem().ConsentForAgreement.ShouldNotBeNull();
        await tha.RespondAsync(Game, consentRequest.Id, new ResponseDraft(world.Ministry("THA"), "The Kingdom of Thailand consents.", [new ClauseResponse(0, Decision.Accept)]));

        // The GM ratifies the basing agreement and the mandate.
        var pending = (await gm.ListAgreementsAsync(Game)).Where(a => a.Status == AgreementStatus.PendingRatification).ToList();
        pending.Select(a => a.Kind).ShouldBe([ClauseKind.ProtectingPower, ClauseKind.BasingRights], ignoreOrder: true);
        pending.Single(a => a.Kind == ClauseKind.ProtectingPower).Awaiting.ShouldBe(["ratification"]);
        (await gm.RatifyAsync(Game, basingId, "Ratified: within the host's capacity and consistent with its treaty obligations.")).Status.ShouldBe(AgreementStatus.InForce);
        await gm.RatifyAsync(Game, pending.Single(a => a.Kind == ClauseKind.ProtectingPower).Id, "Ratified: Viet Nam keeps an embassy in Bangkok and Thailand consented.");

        // Every resulting agreement, in force, with the terms as accepted.
        var agreements = await rus.ListAgreementsAsync(Game);
        agreements.Count.ShouldBe(4);
        agreements.ShouldAllBe(a => a.Status == AgreementStatus.InForce && a.Requester == "RUS" && a.Grantor == "VNM");
        agreements.ShouldAllBe(a => a.Parties.SequenceEqual(new[] { "RUS", "VNM" }));
        agreements.Select(a => a.Kind).ShouldBe([ClauseKind.BasingRights, ClauseKind.ProtectingPower, ClauseKind.TradeAgreement, ClauseKind.DelegationVisit], ignoreOrder: true);
        var basing = agreements.Single(a => a.Kind == ClauseKind.BasingRights);
        ((BasingRightsClause)basing.Terms).EmergencyPersonnelCap.ShouldBe(15_000);
        basing.Allocations.Sum(a => a.Personnel).ShouldBe(15_000);
        agreements.Single(a => a.Kind == ClauseKind.ProtectingPower).HostState.ShouldBe("THA");

        // The world changed: Russian personnel stationed at the three bases.
        var after = await rus.GetGameAsync(Game);
        var bases = new[] { "Yên Bái Air Base", "Biên Hòa Air Base", "An Thới Naval Base" };
        bases.Sum(name => after.Installations.Single(i => i.Name == name).ForeignPersonnel).ShouldBe(15_000);
        foreach (var name in bases)
            after.Installations.Single(i => i.Name == name).ForeignPersonnel.ShouldBeGreaterThan(0);

        // Each opinion change of the default ruleset, and nothing else.
        (await NewModifierAmounts(gm, "RUS", "VNM", startSeq)).ShouldBe([1, -3, 8, 3, 10, 15], ignoreOrder: true);
        (await NewModifierAmounts(gm, "VNM", "RUS", startSeq)).ShouldBe([1, 8, 3, 15], ignoreOrder: true);
        foreach (var (rival, party) in new[] { ("CHN", "RUS"), ("CHN", "VNM"), ("USA", "RUS"), ("USA", "VNM") })
            (await NewModifierAmounts(gm, rival, party, startSeq)).ShouldBe([-10]);
        var relations = await chn.GetRelationsAsync(Game);
        Score(relations, "RUS", "VNM").ShouldBe(50 + 1 - 3 + 8 + 3 + 10 + 15);
        Score(relations, "VNM", "RUS").ShouldBe(50 + 1 + 8 + 3 + 15);
        Score(relations, "CHN", "VNM").ShouldBe(-35 - 10);
        Score(relations, "CHN", "RUS").ShouldBe(40 - 10);

        // China can see none of the secret communiques, by any path.
        var secret = new[] { letter.Id, answer.Id, basingAccepted.Id, consentRequest.Id };
        (await chn.ListCommuniquesAsync(Game)).ShouldNotContain(c => secret.Contains(c.Id));
        foreach (var id in secret)
            (await Should.ThrowAsync<DiplomacySimApiException>(() => chn.GetCommuniqueAsync(Game, id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var chinaSees = await chn.GetEventsAsync(Game, after: startSeq, limit: 1000);
        chinaSees.ShouldNotContain(e => e.Type.StartsWith("communique.", StringComparison.Ordinal));
        chinaSees.ShouldNotContain(e => e.Type == "agreement.changed");
        (await chn.ListAgreementsAsync(Game)).ShouldBeEmpty();
    }

    [Fact]
    public async Task BasingAtUTapao_IsRefusedBecauseItIsNotInVietNam()
    {
        var rus = await server.SignInAsync("rus.mfa");
        var world = await rus.GetGameAsync(Game);
        var draft = ReferenceLetter.Draft(world) with
        {
            Clauses = [new BasingRightsClause([world.Installation("U-Tapao Royal Thai Navy Airfield")], 5_000, 25_000, [BasingCapability.Sigint], null)],
        };

        var check = await rus.CheckCommuniqueAsync(Game, draft);
        check.Violations.ShouldContain(v => v.Code == "INSTALLATION_NOT_IN_RECIPIENT_TERRITORY" && v.ClauseIndex == 0);
        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => rus.SendCommuniqueAsync(Game, draft));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.Violations.Select(v => v.Code).ShouldBe(check.Violations.Select(v => v.Code));
    }

    [Fact]
    public async Task AskingThailandToProtectRussianInterestsInThailand_IsRefused()
    {
        var rus = await server.SignInAsync("rus.mfa");
        var world = await rus.GetGameAsync(Game);
        var draft = ReferenceLetter.Draft(world) with { ToMinistry = world.Ministry("THA"), Clauses = [ReferenceLetter.ProtectingPowerInThailand] };

        (await rus.CheckCommuniqueAsync(Game, draft)).Violations.ShouldContain(v => v.Code == "PROTECTOR_IS_HOST" && v.ClauseIndex == 0);
        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => rus.SendCommuniqueAsync(Game, draft));
        refused.Violations.ShouldContain(v => v.Code == "PROTECTOR_IS_HOST");
    }

    private static async Task<List<int>> NewModifierAmounts(DiplomacySimClient client, string from, string to, long startSeq) =>
        [.. (await client.GetRelationAsync(Game, from, to)).Modifiers.Where(m => m.SourceEventSeq > startSeq).Select(m => m.Amount)];

    private static int Score(RelationsMatrix relations, string from, string to) =>
        relations.Opinions.Single(o => o.From == from && o.To == to).Score;
}
