using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Communiques;
using Microsoft.AspNetCore.SignalR;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>
/// Access follows seats the moment the routes change them (PUT .../holder, DELETE .../members): on REST
/// and on hub connections already open, with the office's archive passing to its new holder.
/// </summary>
public sealed class SeatRoutesTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private const string Demo = TestWorld.Slug;

    [Fact]
    public async Task APlayerWhoLosesTheirMinistry_LosesItsLettersAtOnce_AndTheNewHolderReadsThePastOnes()
    {
        await using var former = await Recorder.WatchAsync(server, "rus.mod");
        await using var successor = await Recorder.WatchAsync(server, "tha.mfa");
        var gm = await server.SignInAsync("gm");
        var vnm = await server.SignInAsync("vnm.mfa");
        var usa = await server.SignInAsync("usa.mfa");
        var world = await vnm.GetGameAsync(Demo);
        var rusDefence = world.Ministry("RUS", "defence");
        var before = (await vnm.SendCommuniqueAsync(Demo, new CommuniqueDraft(world.Ministry("VNM"), rusDefence,
            "Before the handover", Classification.Confidential, "For the minister of the day.", []))).Id;
        (await former.Client.GetCommuniqueAsync(Demo, before)).Subject.ShouldBe("Before the handover");

        var seat = await gm.SetHolderAsync(Demo, rusDefence, "tha.mfa", "Moscow reshuffles its cabinet.");

        seat.Holder.ShouldBe("tha.mfa");
        // (a) at once on REST: the former holder reads no more, the successor reads the office's archive.
        (await Should.ThrowAsync<DiplomacySimApiException>(() => former.Client.GetCommuniqueAsync(Demo, before))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await successor.Client.GetCommuniqueAsync(Demo, before)).Subject.ShouldBe("Before the handover");
        // (b) on the open connections: the next confidential letter to the office reaches only its new holder.
        var after = (await vnm.SendCommuniqueAsync(Demo, new CommuniqueDraft(world.Ministry("VNM"), rusDefence,
            "After the handover", Classification.Confidential, "For the new minister.", []))).Id;
        var open = (await usa.SendCommuniqueAsync(Demo, new CommuniqueDraft(world.Ministry("USA"), world.Ministry("THA"),
            "An open letter", Classification.Public, "For all to read.", []))).Seq;

        var received = await successor.ReceivedUpToAsync(open);
        received.ShouldContain(e => e.Type == "communique.delivered" && e.Payload.GetProperty("id").GetGuid() == after);
        received.ShouldContain(e => e.Type == "member.changed" && e.Payload.GetProperty("userName").GetString() == "tha.mfa"
            && e.Payload.GetProperty("change").GetString() == "seated");
        var formerReceived = await former.ReceivedUpToAsync(open);
        formerReceived.ShouldNotContain(e => e.Payload.ToString().Contains(after.ToString(), StringComparison.Ordinal));
        formerReceived.ShouldContain(e => e.Type == "member.changed" && e.Payload.GetProperty("userName").GetString() == "rus.mod"
            && e.Payload.GetProperty("change").GetString() == "unseated", "members and seats are public within the game");
        (await former.Client.ListMembersAsync(Demo)).Single(m => m.UserName == "rus.mod").ShouldBe(new Member("rus.mod", "rus.mod", "player", []), new MemberComparer());
    }

    [Fact]
    public async Task AMemberWhoLeaves_ReceivesNothingMore_AndCannotRejoinTheHub()
    {
        await using var leaving = await Recorder.WatchAsync(server, "vnm.mod");
        await using var staying = await Recorder.WatchAsync(server, "usa.mfa");
        var usa = staying.Client;
        var world = await usa.GetGameAsync(Demo);

        await leaving.Client.RemoveMemberAsync(Demo, "vnm.mod");
        var open = (await usa.SendCommuniqueAsync(Demo, new CommuniqueDraft(world.Ministry("USA"), world.Ministry("THA"),
            "After the departure", Classification.Public, "For all to read.", []))).Seq;

        // Once a member who stays has the letter, the relay has had its chance to send it to the one who left.
        (await staying.ReceivedUpToAsync(open)).ShouldContain(e => e.Type == "member.changed" && e.Payload.GetProperty("change").GetString() == "left");
        leaving.Received.ShouldNotContain(e => e.Seq >= open, "a member who left receives nothing more");
        (await Should.ThrowAsync<DiplomacySimApiException>(() => leaving.Client.GetGameAsync(Demo))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await usa.GetGameAsync(Demo)).Ministries.Where(m => m.Nation == "VNM" && m.Kind == "defence").ShouldAllBe(m => m.Holder == null);
        await using var rejoin = server.EventStream(leaving.Client.AccessToken!);
        (await Should.ThrowAsync<HubException>(() => rejoin.JoinAsync(Demo))).Message.ShouldContain("GAME_NOT_FOUND");
    }

    private sealed class MemberComparer : IEqualityComparer<Member>
    {
        public bool Equals(Member? x, Member? y) =>
            x is not null && y is not null && x.UserName == y.UserName && x.Role == y.Role && x.Ministries.SequenceEqual(y.Ministries);

        public int GetHashCode(Member obj) => obj.UserName.GetHashCode(StringComparison.Ordinal);
    }
}
