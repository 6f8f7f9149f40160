using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// The world copy that sends read (WorldCache) is good only while the game's WorldVersion holds, so every
/// save that changes the world must move it, and a send, which changes none of it, must not.
/// </summary>
public sealed class WorldVersionTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    private async Task<int> WorldVersionAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        return await db.Games.Where(g => g.Slug == Game).Select(g => g.WorldVersion).SingleAsync();
    }

    [Fact]
    public async Task ASend_LeavesIt_AndAnAcceptedBasingRequest_MovesIt()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var before = await WorldVersionAsync();

        await SendAsync(rus, world, "RUS", "VNM", [new CooperationClause(CooperationSector.Cultural, "Orchestras.")]);
        (await WorldVersionAsync()).ShouldBe(before);

        var basing = await SendAsync(rus, world, "RUS", "VNM", [Basing(world, "Cam Ranh Base", 1_000)]);
        await AnswerAsync(vnm, world, "VNM", basing, new ClauseResponse(0, Decision.Accept));
        (await WorldVersionAsync()).ShouldBeGreaterThan(before);
    }

    private async Task<int> AgreementVersionAsync(Guid agreement)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        return await db.Agreements.Where(a => a.Id == agreement).Select(a => EF.Property<int>(a, GameDbContext.VersionProperty)).SingleAsync();
    }

    // The consent lives in the agreement's party row, not in the agreement's own: its save must still
    // move the agreement's version (two answers cannot both win) and the world's.
    [Fact]
    public async Task AHostsConsent_WhileRatificationIsAwaited_MovesIt_AndTheAgreementsVersion()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var (tha, _) = await players.AsAsync("tha.mfa");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [ReferenceLetter.ProtectingPowerInThailand]);
        var mandate = (await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept))).Agreements.ShouldHaveSingleItem();
        var consent = (await tha.ListCommuniquesAsync(Game, Box.Inbox)).Single(c => c.Clauses.Any(k => k.ConsentForAgreement == mandate));
        var (before, agreementBefore) = (await WorldVersionAsync(), await AgreementVersionAsync(mandate));

        await AnswerAsync(tha, world, "THA", consent.Id, new ClauseResponse(0, Decision.Accept));

        (await WorldVersionAsync()).ShouldBeGreaterThan(before);
        (await AgreementVersionAsync(mandate)).ShouldBe(agreementBefore + 1);
        (await rus.ListAgreementsAsync(Game)).Single(a => a.Id == mandate).Awaiting.ShouldBe(["ratification"]);
    }

    [Fact]
    public async Task AChangeSavedOutsideACommand_MovesItToo()
    {
        var before = await WorldVersionAsync();

        await using (var scope = server.Services.CreateAsyncScope())
        {
            // No game row is tracked here, so the version moves by its own UPDATE after the save.
            var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
            var gameId = await db.Games.Where(g => g.Slug == Game).Select(g => g.Id).SingleAsync();
            var spectator = await db.Users.Where(u => u.UserName == "spectator").Select(u => u.Id).SingleAsync();
            db.GameMembers.Remove(await db.GameMembers.SingleAsync(m => m.GameId == gameId && m.UserId == spectator));
            await db.SaveChangesAsync();
        }

        (await WorldVersionAsync()).ShouldBe(before + 1);
    }
}
