using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Tests.Communiques;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Agreements;

/// <summary>A team of GMs: one who plays a party to an agreement may not rule on it (403 GM_CONFLICT_OF_INTEREST); another GM does.</summary>
public sealed class GameMasterImpartialityTests(GameMasterImpartialityTests.TwoGameMasters server) : IClassFixture<GameMasterImpartialityTests.TwoGameMasters>
{
    /// <summary>The test world, where the GM also holds Russia's trade ministry, and a second GM who plays nothing.</summary>
    public sealed class TwoGameMasters : DiplomacySimServer
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            using var scope = Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
            // The demo's password, below the policy, as the demo's own accounts have it: the players' helpers sign in with it.
            var coGm = new User("co.gm");
            coGm.PasswordHash = users.PasswordHasher.HashPassword(coGm, DemoPassword);
            (await users.CreateAsync(coGm)).Succeeded.ShouldBeTrue();
            var game = await db.Games.SingleAsync(g => g.Slug == TestWorld.Slug);
            db.GameMembers.Add(new GameMember(game.Id, coGm.Id, GameRole.GameMaster));
            var gm = await users.FindByNameAsync("gm");
            (await db.Ministries.SingleAsync(m => m.GameId == game.Id && m.Nation == "RUS" && m.Kind == MinistryKind.Trade)).AssignTo(gm!.Id);
            await db.SaveChangesAsync();
        }
    }

    private readonly Conversation players = new(server);

    [Fact]
    public async Task AGmWhoPlaysAParty_MayNotRatifyOrVeto_AnotherGmRatifies()
    {
        var agreement = await PendingBasingAsync("Đà Nẵng Air Base", 500);
        var (gm, _) = await players.AsAsync("gm");
        var (coGm, _) = await players.AsAsync("co.gm");

        var ratify = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.RatifyAsync(TestWorld.Slug, agreement, "I rule for my own nation."));
        var veto = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.VetoAsync(TestWorld.Slug, agreement, "Or against it."));
        var ratified = await coGm.RatifyAsync(TestWorld.Slug, agreement, "Ratified by a GM who plays neither side.");

        (ratify.StatusCode, ratify.Code).ShouldBe((HttpStatusCode.Forbidden, Impartiality.ConflictOfInterest));
        ratify.Message.ShouldContain("Russian Federation");
        (veto.StatusCode, veto.Code).ShouldBe((HttpStatusCode.Forbidden, Impartiality.ConflictOfInterest));
        ratified.Status.ShouldBe(AgreementStatus.InForce);
        ratified.Ruling.ShouldBe("Ratified by a GM who plays neither side.");
    }

    [Fact]
    public async Task AGmWhoPlaysNoParty_Rules_AsBefore()
    {
        var (usa, world) = await players.AsAsync("usa.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var (gm, _) = await players.AsAsync("gm");
        var letter = await SendAsync(usa, world, "USA", "VNM", [Basing(world, "Biên Hòa Air Base", 300)]);
        var accepted = await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept));

        var vetoed = await gm.VetoAsync(TestWorld.Slug, accepted.Agreements.Single(), "Vetoed: the base is under repair.");

        vetoed.Status.ShouldBe(AgreementStatus.Vetoed);
    }

    [Fact]
    public async Task AGmWhoPlaysAParty_MayNotConsentForAnUnplayedHost_AnotherGmConsents()
    {
        // Thailand's foreign ministry falls vacant, so a GM answers for it.
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
            var game = await db.Games.SingleAsync(g => g.Slug == TestWorld.Slug);
            (await db.Ministries.SingleAsync(m => m.GameId == game.Id && m.Nation == "THA" && m.Kind == MinistryKind.ForeignAffairs)).Vacate();
            await db.SaveChangesAsync();
        }
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var (gm, _) = await players.AsAsync("gm");
        var (coGm, _) = await players.AsAsync("co.gm");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both)]);
        var mandate = (await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept))).Agreements.Single();
        var request = (await gm.ListCommuniquesAsync(TestWorld.Slug)).Single(c => c.Clauses.Any(k => k.ConsentForAgreement == mandate));
        var consent = new ResponseDraft(world.Ministry("THA"), "The Kingdom of Thailand consents.", [new ClauseResponse(0, Decision.Accept)]);

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.RespondAsync(TestWorld.Slug, request.Id, consent));
        var answered = await coGm.RespondAsync(TestWorld.Slug, request.Id, consent);

        (refused.StatusCode, refused.Code).ShouldBe((HttpStatusCode.Forbidden, Impartiality.ConflictOfInterest));
        answered.Id.ShouldNotBe(Guid.Empty);
        (await coGm.ListAgreementsAsync(TestWorld.Slug)).Single(a => a.Id == mandate).Awaiting.ShouldNotContain("hostConsent");
    }

    private async Task<Guid> PendingBasingAsync(string installation, int personnel)
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, installation, personnel)]);
        return (await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept))).Agreements.Single();
    }
}
