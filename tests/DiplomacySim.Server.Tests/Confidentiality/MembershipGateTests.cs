using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Tests.Communiques;
using Microsoft.AspNetCore.SignalR;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>A signed-in user who is no member of a game learns nothing of it, not even that it exists.</summary>
public sealed class MembershipGateTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    [Fact]
    public async Task ANonMember_IsNotShownTheGameInTheList()
    {
        var stranger = await Outsiders.SignUpAsync(server, "stranger.list");
        var member = await server.SignInAsync("spectator");

        (await stranger.ListGamesAsync()).ShouldBeEmpty();
        (await member.ListGamesAsync()).ShouldContain(g => g.Slug == Game);
    }

    [Fact]
    public async Task ANonMember_Gets404ForTheGame_AsForAGameThatDoesNotExist()
    {
        var stranger = await Outsiders.SignUpAsync(server, "stranger.read");
        var (_, world) = await players.AsAsync("rus.mfa");

        var reads = new Func<Task>[]
        {
            () => stranger.GetGameAsync(Game),
            () => stranger.GetRelationsAsync(Game),
            () => stranger.GetRelationAsync(Game, "RUS", "VNM"),
            () => stranger.GetEventsAsync(Game),
            () => stranger.ListCommuniquesAsync(Game),
            () => stranger.ListAgreementsAsync(Game),
            () => stranger.CheckCommuniqueAsync(Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), "Hello", Classification.Public, "", [])),
            () => stranger.SendCommuniqueAsync(Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), "Hello", Classification.Public, "", [])),
        };
        foreach (var read in reads)
        {
            var refused = await Should.ThrowAsync<DiplomacySimApiException>(read);
            refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            refused.Code.ShouldBe("GAME_NOT_FOUND");
        }
    }

    [Fact]
    public async Task ANonMember_IsRefusedByTheHub_WithTheSameCodeAsAnUnknownGame()
    {
        var stranger = await Outsiders.SignUpAsync(server, "stranger.hub");
        await using var stream = server.EventStream(stranger.AccessToken!);

        var refused = await Should.ThrowAsync<HubException>(() => stream.JoinAsync(Game));

        refused.Message.ShouldContain("GAME_NOT_FOUND");
    }

    [Fact]
    public async Task TheConsentRequestOfAPublicMandate_IsPublicOnEveryPath()
    {
        // Its letter was readable by everyone over REST while its event went to two nations only.
        var (rus, world) = await players.AsAsync("rus.mfa");
        var (vnm, _) = await players.AsAsync("vnm.mfa");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [new ProtectingPowerClause("RUS", "THA", ProtectionScope.Consular)], classification: Classification.Public);
        await AnswerAsync(vnm, world, "VNM", letter, new ClauseResponse(0, Decision.Accept));

        var china = await server.SignInAsync("chn.mfa");
        var consent = (await china.ListCommuniquesAsync(Game)).Single(c => c.Clauses.Any(k => k.ConsentForAgreement is not null));
        (await china.GetEventsAsync(Game, 0, 1_000)).ShouldContain(e => e.Type == "communique.delivered" && e.Payload.GetProperty("id").GetGuid() == consent.Id);
    }
}
