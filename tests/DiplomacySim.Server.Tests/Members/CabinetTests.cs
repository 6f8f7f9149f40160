using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Server.Tests.Members;

/// <summary>
/// Players change seats within their own cabinet through PUT .../ministries/{id}/holder: the foreign
/// minister brings a member into a vacant ministry of the nation, a holder resigns; the rest stays the GMs'.
/// </summary>
public sealed class CabinetTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task TheForeignMinister_AdmitsAColleague_WhoMayResign_ButMayNotTakeOthersSeats()
    {
        var gm = await server.NewAccountAsync("cab.gm");
        var game = await server.NewCampaignAsync(gm, "cab-cabinet", "public", "open");
        var world = await gm.GetGameAsync(game);
        var (rusMfa, rusMod, vnmMfa) = (world.Ministry("RUS"), world.Ministry("RUS", "defence"), world.Ministry("VNM"));
        var minister = await server.NewAccountAsync("cab.minister");
        var colleague = await server.NewAccountAsync("cab.colleague");
        var other = await server.NewAccountAsync("cab.other");
        foreach (var member in new[] { minister, colleague, other })
            await member.JoinGameAsync(game);
        await minister.SubmitClaimAsync(game, new ClaimRequest("RUS", ["foreignAffairs"]));

        (await minister.SetHolderAsync(game, rusMod, "cab.colleague", "Meet our new defence minister.")).Holder.ShouldBe("cab.colleague");
        var seated = (await gm.GetEventsAsync(game)).Last(e => e.Type == "member.changed").Payload;
        (seated.GetProperty("userName").GetString(), seated.GetProperty("by").GetString()).ShouldBe(("cab.colleague", "cab.minister"));

        var takeBack = await Should.ThrowAsync<DiplomacySimApiException>(() => minister.SetHolderAsync(game, rusMod, "cab.other"));
        var abroad = await Should.ThrowAsync<DiplomacySimApiException>(() => minister.SetHolderAsync(game, vnmMfa, "cab.other"));
        var ownSeat = await Should.ThrowAsync<DiplomacySimApiException>(() => colleague.SetHolderAsync(game, rusMfa, "cab.colleague"));
        var stranger = await Should.ThrowAsync<DiplomacySimApiException>(() => other.SetHolderAsync(game, rusMod, null));
        new[] { takeBack, abroad, ownSeat, stranger }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Forbidden && r.Code() == "GM_ONLY");

        (await colleague.SetHolderAsync(game, rusMod, null, "Resigning.")).Holder.ShouldBeNull();
        var after = await gm.GetGameAsync(game);
        after.Ministries.Single(m => m.Id == rusMod).Holder.ShouldBeNull();
        after.Ministries.Single(m => m.Id == rusMfa).Holder.ShouldBe("cab.minister");
        var resigned = (await gm.GetEventsAsync(game)).Last(e => e.Type == "member.changed").Payload;
        (resigned.GetProperty("change").GetString(), resigned.GetProperty("by").GetString()).ShouldBe(("unseated", "cab.colleague"));
        (await colleague.ListMembersAsync(game)).Single(m => m.UserName == "cab.colleague").Ministries.ShouldBeEmpty();
    }
}
