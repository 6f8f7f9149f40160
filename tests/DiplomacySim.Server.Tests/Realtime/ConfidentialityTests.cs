using DiplomacySim.Server.Tests.Communiques;

namespace DiplomacySim.Server.Tests.Realtime;

/// <summary>
/// The reference letter played while five connections watch: the parties and the GM receive every
/// event they may see; China and a spectator never a word of the secret exchange.
/// </summary>
public sealed class ConfidentialityTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task DuringTheReferenceLetter_OutsidersReceiveNoSecretEvent_AndThePartiesReceiveAllTheirs()
    {
        string[] watchers = ["gm", "rus.mfa", "vnm.mfa", "tha.mfa", "chn.mfa", "spectator"];
        var recorders = new List<Recorder>();
        foreach (var name in watchers)
            recorders.Add(await Recorder.WatchAsync(server, name));

        var secret = await ReferenceLetter.PlayAsync(server);

        var received = new Dictionary<string, List<Client.Contracts.GameEvent>>();
        foreach (var recorder in recorders)
            received[recorder.Name] = await recorder.ReceivedEverythingAfterAsync(0);

        // The letter and the consent request were delivered; Hanoi's answer, Moscow's and Bangkok's consent answered them.
        received["gm"].Count(e => e.Type == "communique.delivered").ShouldBe(2);
        received["gm"].Count(e => e.Type == "communique.answered").ShouldBe(3);
        foreach (var party in new[] { "rus.mfa", "vnm.mfa" })
        {
            received[party].ShouldContain(e => e.Type == "communique.delivered" && e.Payload.GetProperty("id").GetGuid() == secret[0], party);
            received[party].Count(e => e.Type == "communique.answered").ShouldBeGreaterThanOrEqualTo(2, party);
            received[party].ShouldContain(e => e.Type == "agreement.changed", party);
        }
        received["tha.mfa"].ShouldContain(e => e.Type == "communique.delivered" && e.Payload.GetProperty("id").GetGuid() == secret[3]);
        foreach (var outsider in new[] { "chn.mfa", "spectator" })
        {
            received[outsider].ShouldNotBeEmpty(outsider);
            received[outsider].ShouldNotContain(e => e.Type.StartsWith("communique.", StringComparison.Ordinal), outsider);
            received[outsider].ShouldNotContain(e => e.Type == "agreement.changed", outsider);
            received[outsider].ShouldNotContain(e => secret.Any(id => e.Payload.ToString().Contains(id.ToString(), StringComparison.Ordinal)), outsider);
            // Relations are public in the test world: outsiders see scores move, never why in words of the letter.
            received[outsider].ShouldAllBe(e => e.Type == "relation.changed", outsider);
        }

        foreach (var recorder in recorders)
            await recorder.DisposeAsync();
    }
}
