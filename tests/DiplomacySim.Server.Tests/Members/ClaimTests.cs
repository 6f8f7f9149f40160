using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Members;

/// <summary>
/// Claims of seats through the API on PostgreSQL: a member claims, the GM's queue, approval and denial,
/// the join policy with each nation's claim status, and the seat following an approval at once.
/// </summary>
public sealed class ClaimTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    /// <summary>A public campaign under <paramref name="joinPolicy"/>, its GM, and a member who joined it as a spectator.</summary>
    private async Task<(DiplomacySimClient Gm, string Game, DiplomacySimClient Member)> CampaignAsync(string name, string joinPolicy)
    {
        var gm = await server.NewAccountAsync($"cl.{name}.gm");
        var game = await server.NewCampaignAsync(gm, $"cl-{name}", "public", joinPolicy);
        var member = await server.NewAccountAsync($"cl.{name}.member");
        await member.JoinGameAsync(game);
        return (gm, game, member);
    }

    [Fact]
    public async Task UnderTheApplicationPolicy_AClaimWaitsInTheQueue_AndItsApprovalSeatsAtOnce()
    {
        var (gm, game, member) = await CampaignAsync("apply", "application");
        var world = await gm.GetGameAsync(game);
        var rusMfa = world.Ministry("RUS");
        var letter = (await gm.SendCommuniqueAsync(game, new CommuniqueDraft(world.Ministry("VNM"), rusMfa,
            "For the minister of the day", Classification.Confidential, "Hanoi writes to Moscow.", []))).Id;

        var submitted = await member.SubmitClaimAsync(game, new ClaimRequest("RUS", ["foreignAffairs"], "I write Russia's posts on the forum."));

        submitted.Status.ShouldBe("pending");
        var queued = (await gm.ListClaimsAsync(game)).ShouldHaveSingleItem();
        (queued.Id, queued.Nation, queued.Claimant, queued.ClaimantDisplayName, queued.Status).ShouldBe((submitted.Id, "RUS", "cl.apply.member", "The cl.apply.member", "pending"));
        queued.Ministries.ShouldBe(["foreignAffairs"]);
        (queued.Note, queued.AgeDays, queued.DecidedBy).ShouldBe(("I write Russia's posts on the forum.", 0, null));
        (await Should.ThrowAsync<DiplomacySimApiException>(() => member.GetCommuniqueAsync(game, letter))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var approved = await gm.ApproveClaimAsync(game, submitted.Id, [rusMfa], "Welcome, minister.");

        (approved.Status, approved.DecidedBy, approved.DecisionNote).ShouldBe(("approved", "cl.apply.gm", "Welcome, minister."));
        approved.Seats.ShouldBe([rusMfa]);
        (await member.GetCommuniqueAsync(game, letter)).Subject.ShouldBe("For the minister of the day", "access follows the seat at once");
        (await member.ListMembersAsync(game)).Single(m => m.UserName == "cl.apply.member").ShouldSatisfyAllConditions(
            m => m.Role.ShouldBe("player"), m => m.Ministries.ShouldBe([rusMfa]));
        var logged = (await gm.GetEventsAsync(game)).Where(e => e.Type is "claim.submitted" or "claim.decided" or "member.changed").TakeLast(3).ToList();
        logged.Select(e => e.Type).ShouldBe(["claim.submitted", "member.changed", "claim.decided"]);
        logged[1].Payload.GetProperty("by").GetString().ShouldBe("cl.apply.gm");
        logged[1].Payload.GetProperty("change").GetString().ShouldBe("seated");
        logged[2].Payload.GetProperty("status").GetString().ShouldBe("approved");
        (await member.ListClaimsAsync(game)).ShouldHaveSingleItem().Status.ShouldBe("approved");
    }

    [Fact]
    public async Task UnderTheOpenPolicy_AClaimOfAnOpenNation_IsApprovedByTheRules()
    {
        var (gm, game, member) = await CampaignAsync("open", "open");
        var world = await gm.GetGameAsync(game);

        var submitted = await member.SubmitClaimAsync(game, new ClaimRequest("VNM", ["foreignAffairs", "defence"]));

        submitted.Status.ShouldBe("approved");
        var claim = (await member.ListClaimsAsync(game)).ShouldHaveSingleItem();
        (claim.Status, claim.DecidedBy).ShouldBe(("approved", null));
        claim.Seats.ShouldBe([world.Ministry("VNM"), world.Ministry("VNM", "defence")], ignoreOrder: true);
        (await member.GetGameAsync(game)).Ministries.Where(m => m.Nation == "VNM" && m.Kind is "foreignAffairs" or "defence")
            .ShouldAllBe(m => m.Holder == "cl.open.member");
        var seated = (await gm.GetEventsAsync(game)).Last(e => e.Type == "member.changed").Payload;
        (seated.GetProperty("by").GetString(), seated.GetProperty("note").GetString()).ShouldBe(("cl.open.member", "claim"));
    }

    [Fact]
    public async Task TheNationsClaimStatus_DecidesWithTheJoinPolicy()
    {
        var (gm, open, member) = await CampaignAsync("status", "open");
        (await gm.SetClaimStatusAsync(open, "THA", "applicationOnly")).ClaimStatus.ShouldBe("applicationOnly");
        await gm.SetClaimStatusAsync(open, "CHN", "reserved");
        var (inviteGm, closed, guest) = await CampaignAsync("invite", "inviteOnly");

        (await member.SubmitClaimAsync(open, new ClaimRequest("THA", []))).Status.ShouldBe("pending", "an application-only nation waits for a GM");
        var reserved = await Should.ThrowAsync<DiplomacySimApiException>(() => member.SubmitClaimAsync(open, new ClaimRequest("CHN", [])));
        var invitationOnly = await Should.ThrowAsync<DiplomacySimApiException>(() => guest.SubmitClaimAsync(closed, new ClaimRequest("RUS", [])));
        await inviteGm.SetClaimStatusAsync(closed, "RUS", "applicationOnly");

        (reserved.StatusCode, reserved.Code()).ShouldBe((HttpStatusCode.Conflict, "NATION_RESERVED"));
        (invitationOnly.StatusCode, invitationOnly.Code()).ShouldBe((HttpStatusCode.Conflict, "NATION_APPLICATION_ONLY"));
        (await guest.SubmitClaimAsync(closed, new ClaimRequest("RUS", []))).Status.ShouldBe("pending", "an invite-only game takes applications for the nations its GMs open to them");
        var nations = (await member.GetGameAsync(open)).Nations;
        nations.Single(n => n.Code == "CHN").ClaimStatus.ShouldBe("reserved");
        nations.Single(n => n.Code == "RUS").ClaimStatus.ShouldBe("open");
        var changed = (await member.GetEventsAsync(open)).Last(e => e.Type == "world.changed").Payload;
        (changed.GetProperty("code").GetString(), changed.GetProperty("claimStatus").GetString()).ShouldBe(("CHN", "reserved"));
    }

    [Fact]
    public async Task ASecondClaimOfTheSameNation_IsClaimPending_AndAHeldMinistryIsMinistryTaken()
    {
        var (gm, game, member) = await CampaignAsync("twice", "application");
        var holder = await server.NewAccountAsync("cl.twice.holder");
        await holder.JoinGameAsync(game);
        await gm.SetHolderAsync(game, (await gm.GetGameAsync(game)).Ministry("JPN"), "cl.twice.holder");
        await member.SubmitClaimAsync(game, new ClaimRequest("RUS", ["defence"]));

        var pending = await Should.ThrowAsync<DiplomacySimApiException>(() => member.SubmitClaimAsync(game, new ClaimRequest("RUS", ["foreignAffairs"])));
        var taken = await Should.ThrowAsync<DiplomacySimApiException>(() => member.SubmitClaimAsync(game, new ClaimRequest("JPN", ["foreignAffairs"])));

        (pending.StatusCode, pending.Code()).ShouldBe((HttpStatusCode.Conflict, "CLAIM_PENDING"));
        (taken.StatusCode, taken.Code()).ShouldBe((HttpStatusCode.Conflict, "MINISTRY_TAKEN"));
        (await gm.ListClaimsAsync(game)).ShouldHaveSingleItem().Nation.ShouldBe("RUS");
    }

    [Fact]
    public async Task ApprovingAMinistryTakenMeanwhile_IsMinistryTaken_AndChangesNothing()
    {
        var (gm, game, member) = await CampaignAsync("race", "application");
        var rusMfa = (await gm.GetGameAsync(game)).Ministry("RUS");
        var claim = (await member.SubmitClaimAsync(game, new ClaimRequest("RUS", ["foreignAffairs"]))).Id;
        var rival = await server.NewAccountAsync("cl.race.rival");
        await rival.JoinGameAsync(game);
        await gm.SetHolderAsync(game, rusMfa, "cl.race.rival");
        var eventsBefore = (await gm.GetEventsAsync(game)).Count;

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.ApproveClaimAsync(game, claim, [rusMfa]));

        (refused.StatusCode, refused.Code()).ShouldBe((HttpStatusCode.Conflict, "MINISTRY_TAKEN"));
        (await gm.ListClaimsAsync(game)).Single().Status.ShouldBe("pending");
        (await gm.GetGameAsync(game)).Ministries.Single(m => m.Id == rusMfa).Holder.ShouldBe("cl.race.rival");
        (await gm.GetEventsAsync(game)).Count.ShouldBe(eventsBefore);
    }

    [Fact]
    public async Task ADeniedClaim_KeepsItsReason_AndCannotBeApproved()
    {
        var (gm, game, member) = await CampaignAsync("deny", "application");
        var claim = (await member.SubmitClaimAsync(game, new ClaimRequest("IND", [], "Any seat will do."))).Id;

        var denied = await gm.DenyClaimAsync(game, claim, "India is promised to a returning player.");
        var again = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.ApproveClaimAsync(game, claim));

        (denied.Status, denied.DecidedBy, denied.DecisionNote).ShouldBe(("denied", "cl.deny.gm", "India is promised to a returning player."));
        denied.DecidedAt.ShouldNotBeNull();
        (again.StatusCode, again.Code()).ShouldBe((HttpStatusCode.Conflict, "CLAIM_DECIDED"));
        var seen = (await member.ListClaimsAsync(game)).ShouldHaveSingleItem();
        (seen.Status, seen.DecisionNote).ShouldBe(("denied", "India is promised to a returning player."));
        (await gm.GetGameAsync(game)).Ministries.Where(m => m.Nation == "IND").ShouldAllBe(m => m.Holder == null);
        (await member.SubmitClaimAsync(game, new ClaimRequest("IND", []))).Status.ShouldBe("pending", "a member may claim again after a denial");
    }

    [Fact]
    public async Task TheQueue_ShowsPendingClaimsFirstAndOldestFirst_AndEachMemberOnlyTheirOwn()
    {
        var (gm, game, first) = await CampaignAsync("queue", "application");
        var second = await server.NewAccountAsync("cl.queue.second");
        await second.JoinGameAsync(game);
        var a = (await first.SubmitClaimAsync(game, new ClaimRequest("RUS", []))).Id;
        var b = (await second.SubmitClaimAsync(game, new ClaimRequest("VNM", []))).Id;
        var c = (await first.SubmitClaimAsync(game, new ClaimRequest("THA", []))).Id;
        await gm.DenyClaimAsync(game, a, "Not this season.");

        (await gm.ListClaimsAsync(game)).Select(x => x.Id).ShouldBe([b, c, a]);
        (await first.ListClaimsAsync(game)).Select(x => x.Id).ShouldBe([c, a]);
        (await second.ListClaimsAsync(game)).Select(x => x.Id).ShouldBe([b]);
        // A claim is between its claimant and the GMs: another member's log shows none of it.
        (await second.GetEventsAsync(game)).Where(e => e.Type.StartsWith("claim.", StringComparison.Ordinal))
            .ShouldAllBe(e => e.Payload.GetProperty("claimant").GetString() == "cl.queue.second");
        (await first.GetEventsAsync(game)).Count(e => e.Type.StartsWith("claim.", StringComparison.Ordinal)).ShouldBe(3);
        (await gm.GetEventsAsync(game)).Count(e => e.Type.StartsWith("claim.", StringComparison.Ordinal)).ShouldBe(4);
        (await server.Anonymous().GetEventsAsync(game)).ShouldNotContain(e => e.Type.StartsWith("claim.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANonMember_AndAPlayerOfAnotherGame_Are404()
    {
        var (_, game, _) = await CampaignAsync("outside", "open");
        var stranger = await server.NewAccountAsync("cl.outside.stranger");
        var (_, elsewhere, otherPlayer) = await CampaignAsync("elsewhere", "open");
        await otherPlayer.SubmitClaimAsync(elsewhere, new ClaimRequest("RUS", []));

        foreach (var caller in new[] { stranger, otherPlayer })
        {
            var claiming = await Should.ThrowAsync<DiplomacySimApiException>(() => caller.SubmitClaimAsync(game, new ClaimRequest("RUS", [])));
            var listing = await Should.ThrowAsync<DiplomacySimApiException>(() => caller.ListClaimsAsync(game));
            (claiming.StatusCode, claiming.Code()).ShouldBe((HttpStatusCode.NotFound, "GAME_NOT_FOUND"));
            (listing.StatusCode, listing.Code()).ShouldBe((HttpStatusCode.NotFound, "GAME_NOT_FOUND"));
        }
    }

    [Fact]
    public async Task ApprovingAClaimOfAnotherGame_IsClaimNotFound()
    {
        var (gm, game, _) = await CampaignAsync("mine", "application");
        var (_, other, otherMember) = await CampaignAsync("theirs", "application");
        var theirs = (await otherMember.SubmitClaimAsync(other, new ClaimRequest("RUS", []))).Id;

        var refused = await Should.ThrowAsync<DiplomacySimApiException>(() => gm.ApproveClaimAsync(game, theirs));

        (refused.StatusCode, refused.Code()).ShouldBe((HttpStatusCode.NotFound, "CLAIM_NOT_FOUND"));
    }
}
