using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Members;

/// <summary>
/// A campaign's members come by invitation links, by joining a public campaign, and by the GM's seats;
/// they leave, or are removed, and each change is a member.changed event. Everything through the API,
/// on PostgreSQL.
/// </summary>
public sealed class InvitationTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task APlayerInvitationForANation_SeatsTheGuestInItsForeignMinistry_AndIsLogged()
    {
        var gm = await server.NewAccountAsync("inv.gm1");
        var game = await server.NewCampaignAsync(gm, "inv-seat");
        var guest = await server.NewAccountAsync("inv.guest1");

        var invitation = await gm.CreateInvitationAsync(game, new InvitationRequest("player", ExpiresInDays: 7, MaxUses: 3, Nation: "RUS"));
        invitation.Code.Length.ShouldBe(22, "128 random bits, base64url");
        invitation.Url.ShouldBe($"/join/{invitation.Code}");
        var joined = await guest.AcceptInvitationAsync(invitation.Code);

        joined.ShouldBe(new Membership(game, "player"));
        var world = await guest.GetGameAsync(game);
        var member = (await guest.ListMembersAsync(game)).Single(m => m.UserName == "inv.guest1");
        member.Role.ShouldBe("player");
        member.DisplayName.ShouldBe("The inv.guest1");
        member.Ministries.ShouldBe([world.Ministry("RUS")]);
        world.Ministries.Single(m => m.Id == world.Ministry("RUS")).Holder.ShouldBe("inv.guest1");
        var listed = (await gm.ListInvitationsAsync(game)).ShouldHaveSingleItem();
        (listed.Uses, listed.UsesLeft, listed.Valid, listed.Revoked, listed.Nation).ShouldBe((1, 2, true, false, "RUS"));
        var logged = (await gm.GetEventsAsync(game)).Last();
        logged.Type.ShouldBe("member.changed");
        logged.Payload.GetProperty("userName").GetString().ShouldBe("inv.guest1");
        logged.Payload.GetProperty("role").GetString().ShouldBe("player");
        logged.Payload.GetProperty("change").GetString().ShouldBe("joined");
        logged.Payload.GetProperty("by").GetString().ShouldBe("inv.guest1");
    }

    [Fact]
    public async Task AnUnknownRevokedExpiredOrUsedUpCode_IsTheSame410()
    {
        var gm = await server.NewAccountAsync("inv.gm2");
        var game = await server.NewCampaignAsync(gm, "inv-spent");
        var first = await server.NewAccountAsync("inv.first2");
        var guest = await server.NewAccountAsync("inv.guest2");
        var revoked = (await gm.CreateInvitationAsync(game, new InvitationRequest("spectator", 7, 5))).Code;
        await gm.RevokeInvitationAsync(game, revoked);
        var usedUp = (await gm.CreateInvitationAsync(game, new InvitationRequest("spectator", 7, 1))).Code;
        await first.AcceptInvitationAsync(usedUp);
        var expired = (await gm.CreateInvitationAsync(game, new InvitationRequest("spectator", 1, 5))).Code;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GameDbContext>().Invitations.Where(i => i.Code == expired)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        var answers = new List<DiplomacySimApiException>();
        foreach (var code in new[] { "AAAAAAAAAAAAAAAAAAAAAA", revoked, usedUp, expired, new string('x', 400) })
            answers.Add(await Should.ThrowAsync<DiplomacySimApiException>(() => guest.AcceptInvitationAsync(code)));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Gone && a.Code() == "INVITATION_NOT_VALID");
        answers.Select(a => a.Detail).Distinct().ShouldHaveSingleItem("the answer says nothing of which it was, nor of the game");
        answers[0].Detail!.ShouldNotContain(game);
        (await Should.ThrowAsync<DiplomacySimApiException>(() => guest.ListMembersAsync(game))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var invitations = await gm.ListInvitationsAsync(game);
        invitations.Single(i => i.Code == revoked).ShouldSatisfyAllConditions(i => i.Revoked.ShouldBeTrue(), i => i.Valid.ShouldBeFalse());
        invitations.Single(i => i.Code == usedUp).UsesLeft.ShouldBe(0);
    }

    [Fact]
    public async Task TwoAcceptsOfTheLastUse_OneWins()
    {
        var gm = await server.NewAccountAsync("inv.gm3");
        var game = await server.NewCampaignAsync(gm, "inv-race");
        var code = (await gm.CreateInvitationAsync(game, new InvitationRequest("player", 7, 1, "VNM"))).Code;
        var guests = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => server.NewAccountAsync($"inv.racer{i}")));

        var answers = await Task.WhenAll(guests.Select(async g =>
        {
            try
            {
                return (await g.AcceptInvitationAsync(code)).Role;
            }
            catch (DiplomacySimApiException refused)
            {
                return $"{(int)refused.StatusCode} {refused.Code()}";
            }
        }));

        answers.Count(a => a == "player").ShouldBe(1, string.Join(", ", answers));
        answers.Count(a => a == "410 INVITATION_NOT_VALID").ShouldBe(3, string.Join(", ", answers));
        (await gm.ListMembersAsync(game)).Where(m => m.UserName.StartsWith("inv.racer", StringComparison.Ordinal)).ShouldHaveSingleItem();
        (await gm.ListInvitationsAsync(game)).Single().Uses.ShouldBe(1);
    }

    [Fact]
    public async Task ANationWithEveryMinistryHeld_Is409MinistryTaken_AndTheGuestIsNotLetIn()
    {
        var gm = await server.NewAccountAsync("inv.gm4");
        var game = await server.NewCampaignAsync(gm, "inv-taken");
        var world = await gm.GetGameAsync(game);
        var code = (await gm.CreateInvitationAsync(game, new InvitationRequest("player", 7, 10, "THA"))).Code;
        var holder = await server.NewAccountAsync("inv.holder4");
        await holder.AcceptInvitationAsync(code);
        foreach (var ministry in world.Ministries.Where(m => m.Nation == "THA"))
            await gm.SetHolderAsync(game, ministry.Id, "inv.holder4");
        var late = await server.NewAccountAsync("inv.late4");
        var eventsBefore = (await gm.GetEventsAsync(game)).Count;

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => late.AcceptInvitationAsync(code));

        (refused.StatusCode, refused.Code()).ShouldBe((HttpStatusCode.Conflict, "MINISTRY_TAKEN"));
        (await Should.ThrowAsync<DiplomacySimApiException>(() => late.GetGameAsync(game))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await gm.ListInvitationsAsync(game)).Single().Uses.ShouldBe(1);
        (await gm.GetEventsAsync(game)).Count.ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task AcceptingAsAMember_RaisesTheRole_ButNeverLowersAGm()
    {
        var gm = await server.NewAccountAsync("inv.gm5");
        var game = await server.NewCampaignAsync(gm, "inv-raise", visibility: "public");
        var fan = await server.NewAccountAsync("inv.fan5");
        (await fan.JoinGameAsync(game)).Role.ShouldBe("spectator");
        var asPlayer = (await gm.CreateInvitationAsync(game, new InvitationRequest("player", 7, 5))).Code;
        var asSpectator = (await gm.CreateInvitationAsync(game, new InvitationRequest("spectator", 7, 5))).Code;

        (await fan.AcceptInvitationAsync(asPlayer)).Role.ShouldBe("player");
        (await fan.AcceptInvitationAsync(asSpectator)).Role.ShouldBe("player");
        (await gm.AcceptInvitationAsync(asPlayer)).Role.ShouldBe("gameMaster");
        (await gm.ListMembersAsync(game)).Single(m => m.UserName == "inv.gm5").Role.ShouldBe("gameMaster");
    }

    [Fact]
    public async Task Join_APublicOrUnlistedCampaign_MakesASpectator_APrivateOneIs404_AMemberStaysAsTheyAre()
    {
        var gm = await server.NewAccountAsync("inv.gm6");
        var open = await server.NewCampaignAsync(gm, "inv-public", "public");
        var unlisted = await server.NewCampaignAsync(gm, "inv-unlisted", "unlisted");
        var closed = await server.NewCampaignAsync(gm, "inv-private", "private");
        var visitor = await server.NewAccountAsync("inv.visitor6");

        (await visitor.JoinGameAsync(open)).ShouldBe(new Membership(open, "spectator"));
        (await visitor.JoinGameAsync(unlisted)).ShouldBe(new Membership(unlisted, "spectator"));
        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => visitor.JoinGameAsync(closed));
        (refused.StatusCode, refused.Code()).ShouldBe((HttpStatusCode.NotFound, "GAME_NOT_FOUND"));
        (await gm.JoinGameAsync(closed)).Role.ShouldBe("gameMaster");
        (await visitor.JoinGameAsync(open)).Role.ShouldBe("spectator");
        (await gm.GetEventsAsync(open)).Count(e => e.Type == "member.changed").ShouldBe(1, "joining twice logs once");
    }

    [Fact]
    public async Task Seats_AreGivenToMembersOnly_TransferAndVacate()
    {
        var gm = await server.NewAccountAsync("inv.gm7");
        var game = await server.NewCampaignAsync(gm, "inv-seats", "public");
        var world = await gm.GetGameAsync(game);
        var rus = world.Ministry("RUS");
        var first = await server.NewAccountAsync("inv.first7");
        var second = await server.NewAccountAsync("inv.second7");
        await server.NewAccountAsync("inv.outsider7");
        await first.JoinGameAsync(game);
        await second.JoinGameAsync(game);

        (await gm.SetHolderAsync(game, rus, "inv.first7", "Season opens.")).Holder.ShouldBe("inv.first7");
        (await gm.SetHolderAsync(game, rus, "inv.second7")).Holder.ShouldBe("inv.second7");
        var stranger = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.SetHolderAsync(game, rus, "inv.outsider7"));
        var nobody = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.SetHolderAsync(game, rus, "no.such.account"));
        var unknown = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.SetHolderAsync(game, Guid.NewGuid(), "inv.first7"));
        var notGm = await Should.ThrowAsync<DiplomacySimApiException>(() => first.SetHolderAsync(game, rus, "inv.first7"));

        (stranger.StatusCode, stranger.Code()).ShouldBe((HttpStatusCode.Conflict, "NOT_A_MEMBER"));
        (nobody.StatusCode, nobody.Code()).ShouldBe((HttpStatusCode.Conflict, "NOT_A_MEMBER"));
        (unknown.StatusCode, unknown.Code()).ShouldBe((HttpStatusCode.NotFound, "MINISTRY_NOT_FOUND"));
        (notGm.StatusCode, notGm.Code()).ShouldBe((HttpStatusCode.Forbidden, "GM_ONLY"));
        var members = await gm.ListMembersAsync(game);
        members.Single(m => m.UserName == "inv.first7").ShouldSatisfyAllConditions(m => m.Role.ShouldBe("player"), m => m.Ministries.ShouldBeEmpty());
        members.Single(m => m.UserName == "inv.second7").Ministries.ShouldBe([rus]);

        (await gm.SetHolderAsync(game, rus, null)).Holder.ShouldBeNull();
        (await gm.GetGameAsync(game)).Ministries.Single(m => m.Id == rus).Holder.ShouldBeNull();
        var changes = (await gm.GetEventsAsync(game)).Where(e => e.Type == "member.changed").Select(e => e.Payload).ToList();
        changes.Select(p => $"{p.GetProperty("userName").GetString()} {p.GetProperty("change").GetString()}").ShouldBe(
            ["inv.first7 joined", "inv.second7 joined", "inv.first7 seated", "inv.first7 unseated", "inv.second7 seated", "inv.second7 unseated"]);
        changes[2].GetProperty("note").GetString().ShouldBe("Season opens.");
        changes[2].GetProperty("by").GetString().ShouldBe("inv.gm7");
    }

    [Fact]
    public async Task Leaving_VacatesTheSeats_AndTheLastGmCannotLeave()
    {
        var gm = await server.NewAccountAsync("inv.gm8");
        var game = await server.NewCampaignAsync(gm, "inv-leave");
        var player = await server.NewAccountAsync("inv.player8");
        var other = await server.NewAccountAsync("inv.other8");
        await player.AcceptInvitationAsync((await gm.CreateInvitationAsync(game, new InvitationRequest("player", 7, 5, "RUS"))).Code);
        await other.AcceptInvitationAsync((await gm.CreateInvitationAsync(game, new InvitationRequest("spectator", 7, 5))).Code);

        var lastGm = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.RemoveMemberAsync(game, "inv.gm8"));
        var notTheirs = await Should.ThrowAsync<DiplomacySimApiException>(() => other.RemoveMemberAsync(game, "inv.player8"));
        await player.RemoveMemberAsync(game, "inv.player8");
        await gm.RemoveMemberAsync(game, "inv.other8");
        var gone = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.RemoveMemberAsync(game, "inv.other8"));

        (lastGm.StatusCode, lastGm.Code()).ShouldBe((HttpStatusCode.Conflict, "LAST_GAME_MASTER"));
        (notTheirs.StatusCode, notTheirs.Code()).ShouldBe((HttpStatusCode.Forbidden, "GM_ONLY"));
        (gone.StatusCode, gone.Code()).ShouldBe((HttpStatusCode.NotFound, "MEMBER_NOT_FOUND"));
        (await gm.ListMembersAsync(game)).Select(m => m.UserName).ShouldBe(["inv.gm8"]);
        (await gm.GetGameAsync(game)).Ministries.ShouldAllBe(m => m.Holder == null);
        (await Should.ThrowAsync<DiplomacySimApiException>(() => player.GetGameAsync(game))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var changes = (await gm.GetEventsAsync(game)).Where(e => e.Type == "member.changed").TakeLast(2).Select(e => e.Payload).ToList();
        changes.Select(p => p.GetProperty("change").GetString()).ShouldBe(["left", "removed"]);
        changes.ShouldAllBe(p => p.GetProperty("role").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData("""{"role":"player","expiresInDays":7,"maxUses":1""")]
    [InlineData("""{"role":"emperor","expiresInDays":7,"maxUses":1}""")]
    [InlineData("""{"role":"player","expiresInDays":0,"maxUses":1}""")]
    [InlineData("""{"role":"player","expiresInDays":10000,"maxUses":1}""")]
    [InlineData("""{"role":"player","expiresInDays":7,"maxUses":0}""")]
    [InlineData("""{"role":"player","expiresInDays":7,"maxUses":"many"}""")]
    [InlineData("""{"role":"spectator","expiresInDays":7,"maxUses":1,"nation":"RUS"}""")]
    [InlineData("""{"expiresInDays":7,"maxUses":1}""")]
    [InlineData("""{"role":"player","expiresInDays":7,"maxUses":1,"nation":"ATLANTIS"}""")]
    [InlineData("""{"role":"player","expiresInDays":7,"maxUses":1,"nation":"ZZZ"}""")]
    [InlineData("null")]
    [InlineData("[]")]
    public async Task BadInvitations_Are4xxProblemDetails_AndMakeNothing(string body)
    {
        var gm = await server.NewAccountAsync($"inv.bad{Math.Abs(body.GetHashCode(StringComparison.Ordinal)) % 1_000_000}");
        var game = await server.NewCampaignAsync(gm, $"inv-bad-{Math.Abs(body.GetHashCode(StringComparison.Ordinal)) % 1_000_000}");
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gm.AccessToken);

        using var response = await http.PostAsync($"/api/games/{game}/invitations", new StringContent(body, Encoding.UTF8, "application/json"));

        ((int)response.StatusCode).ShouldBeInRange(400, 499, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await gm.ListInvitationsAsync(game)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"userName":""")]
    [InlineData("""{"userName":42}""")]
    [InlineData("""{"userName":"a","userName":"b"}""")]
    [InlineData("[]")]
    public async Task BadHolders_Are400ProblemDetails(string body)
    {
        var gm = await server.NewAccountAsync($"inv.holderbad{Math.Abs(body.GetHashCode(StringComparison.Ordinal)) % 1_000_000}");
        var game = await server.NewCampaignAsync(gm, $"inv-holder-{Math.Abs(body.GetHashCode(StringComparison.Ordinal)) % 1_000_000}");
        var rus = (await gm.GetGameAsync(game)).Ministry("RUS");
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gm.AccessToken);

        using var response = await http.PutAsync($"/api/games/{game}/ministries/{rus}/holder", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
