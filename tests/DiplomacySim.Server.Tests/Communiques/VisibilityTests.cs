using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>Confidential and secret communiques reach only their two nations and the GMs, on every path.</summary>
public sealed class VisibilityTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    [Theory]
    [InlineData(Classification.Secret)]
    [InlineData(Classification.Confidential)]
    public async Task AClassifiedCommunique_ReachesOnlyItsNationsAndTheGm(Classification classification)
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [new CooperationClause(CooperationSector.Security, $"A {classification} proposal.")], classification: classification);

        foreach (var reader in new[] { "rus.mfa", "rus.mod", "vnm.mfa", "vnm.mod", "gm" })
        {
            var client = await server.SignInAsync(reader);
            (await client.GetCommuniqueAsync(Game, letter)).Id.ShouldBe(letter, reader);
            (await client.ListCommuniquesAsync(Game)).ShouldContain(c => c.Id == letter, reader);
            (await client.GetEventsAsync(Game, 0, 1_000)).ShouldContain(e => e.Type == "communique.delivered" && e.Payload.GetProperty("id").GetGuid() == letter, reader);
        }
        foreach (var outsider in new[] { "tha.mfa", "chn.mfa", "usa.mfa" })
        {
            var client = await server.SignInAsync(outsider);
            var hidden = await Should.ThrowAsync<DiplomacySimApiException>(() => client.GetCommuniqueAsync(Game, letter));
            hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound, outsider);
            (await client.ListCommuniquesAsync(Game)).ShouldNotContain(c => c.Id == letter, outsider);
            (await client.GetEventsAsync(Game, 0, 1_000)).ShouldNotContain(e => e.Payload.ToString().Contains(letter.ToString(), StringComparison.Ordinal), outsider);
            var answer = await Should.ThrowAsync<DiplomacySimApiException>(() =>
                client.RespondAsync(Game, letter, new ResponseDraft(world.Ministry("VNM"), "", [new ClauseResponse(0, Decision.Reject)])));
            answer.StatusCode.ShouldBe(HttpStatusCode.NotFound, outsider);
        }
    }

    [Fact]
    public async Task APublicCommunique_ReachesEveryone()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var letter = await SendAsync(rus, world, "RUS", "VNM", [], classification: Classification.Public);

        var china = await server.SignInAsync("chn.mfa");

        (await china.GetCommuniqueAsync(Game, letter)).Classification.ShouldBe(Classification.Public);
        (await china.ListCommuniquesAsync(Game, Box.Inbox)).ShouldNotContain(c => c.Id == letter);
    }

    [Fact]
    public async Task TheInbox_HoldsWhatWasAddressedToTheCallersMinistries()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var letter = await SendAsync(rus, world, "RUS", "THA", [new DelegationVisitClause("Special Envoy", 5, "Bangkok", new DateOnly(2018, 10, 20))]);

        var thailand = await server.SignInAsync("tha.mfa");

        (await thailand.ListCommuniquesAsync(Game, Box.Inbox)).ShouldContain(c => c.Id == letter);
        (await thailand.ListCommuniquesAsync(Game, Box.Sent)).ShouldNotContain(c => c.Id == letter);
        (await rus.ListCommuniquesAsync(Game, Box.Sent)).ShouldContain(c => c.Id == letter);
    }
}
