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
