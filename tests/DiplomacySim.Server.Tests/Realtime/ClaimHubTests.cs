using System.Net.Http.Headers;
using System.Net.Http.Json;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>
/// A claim on hub connections already open: the claimant and the GMs hear of it, nobody else does; the
/// approval seats the claimant, and the office's confidential letters reach their open connection at once.
/// </summary>
public sealed class ClaimHubTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private const string Game = TestWorld.Slug;

    [Fact]
    public async Task AnApprovedClaim_SeatsTheClaimantOnTheirOpenConnection_AndOnlyTheyAndTheGmsHearOfTheClaim()
    {
        await using var claimant = await Recorder.WatchAsync(server, "spectator");
        await using var gm = await Recorder.WatchAsync(server, "gm");
        await using var bystander = await Recorder.WatchAsync(server, "usa.mfa");
        await ApplicationsAsync();
        var world = await gm.Client.GetGameAsync(Game);
        var russianTrade = world.Ministry("RUS", "trade");

        var claim = await claimant.Client.SubmitClaimAsync(Game, new ClaimRequest("RUS", ["trade"], "I trade for Moscow on the forum."));
        await gm.Client.ApproveClaimAsync(Game, claim.Id, [russianTrade], "Welcome to the cabinet.");
        var vnm = await server.SignInAsync("vnm.mfa");
        var letter = await vnm.SendCommuniqueAsync(Game, new CommuniqueDraft(world.Ministry("VNM"), russianTrade,
            "For the new trade minister", Classification.Confidential, "Our tariffs, in confidence.", []));
        // A public letter last: once a connection has it, the relay has sent it all that came before.
        var open = await vnm.SendCommuniqueAsync(Game, new CommuniqueDraft(world.Ministry("VNM"), world.Ministry("THA"),
            "An open letter", Classification.Public, "For all to read.", []));

        var heard = await claimant.ReceivedUpToAsync(open.Seq);
        heard.ShouldContain(e => e.Type == "claim.submitted");
        heard.ShouldContain(e => e.Type == "claim.decided");
        heard.ShouldContain(e => e.Type == "member.changed" && e.Payload.GetProperty("userName").GetString() == "spectator"
            && e.Payload.GetProperty("change").GetString() == "seated");
        heard.ShouldContain(e => e.Type == "communique.delivered" && e.Payload.GetProperty("id").GetGuid() == letter.Id,
            "the seat's confidential letters reach the new holder's open connection at once");
        (await gm.ReceivedUpToAsync(open.Seq)).Select(e => e.Type).ShouldContain("claim.decided");
        var bystanderHeard = await bystander.ReceivedUpToAsync(open.Seq);
        bystanderHeard.ShouldNotContain(e => e.Type.StartsWith("claim.", StringComparison.Ordinal), "a member's claim is between them and the GMs");
        bystanderHeard.ShouldContain(e => e.Type == "member.changed", "the seat itself is public within the game");
        bystanderHeard.ShouldNotContain(e => e.Seq == letter.Seq);
    }

    // The test world is invitation-only; its GM opens it to applications.
    private async Task ApplicationsAsync()
    {
        var gm = await server.SignInAsync("gm");
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gm.AccessToken);
        using var response = await http.PatchAsJsonAsync($"/api/games/{Game}", new { joinPolicy = "application" });
        response.EnsureSuccessStatusCode();
    }
}
