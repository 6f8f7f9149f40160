using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Tests.Communiques;
using DiplomacySim.Server.Tests.Realtime;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Confidentiality;

/// <summary>
/// What is derived from a secret (a score it moved, room it holds, the letter an agreement came from)
/// shows a third nation the effect and nothing of the cause, on REST and on the hub alike.
/// </summary>
public sealed class SideDoorTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);

    [Fact]
    public async Task AScoreMovedByASecretLetter_ReadsUndisclosedToAThirdNation_OnEveryPath()
    {
        await using var watching = await Recorder.WatchAsync(server, "chn.mfa");
        var (usa, world) = await players.AsAsync("usa.mfa");
        var china = await server.SignInAsync("chn.mfa");
        var gm = await server.SignInAsync("gm");
        // Between the United States and Thailand, a pair nothing else in this class touches.
        var letter = await SendAsync(usa, world, "USA", "THA", [new CooperationClause(CooperationSector.Security, "A quiet word.")], classification: Classification.Secret);
        var delivered = (await gm.GetEventsAsync(Game, 0, 1_000)).Single(e => e.Type == "communique.delivered" && e.Payload.GetProperty("id").GetGuid() == letter).Seq;

        // The score still counts the contact; why, when, and through which event, is not said.
        var pair = await china.GetRelationAsync(Game, "USA", "THA");
        pair.Modifiers.ShouldNotContain(m => m.SourceEventSeq != null);
        var undisclosed = pair.Modifiers.Where(m => m.Reason == "undisclosed").ShouldHaveSingleItem();
        undisclosed.Value.ShouldBe(1);
        undisclosed.Since.ShouldBeNull();
        pair.Score.ShouldBe(pair.Modifiers.Sum(m => m.Value));
        (await usa.GetRelationAsync(Game, "USA", "THA")).Modifiers.ShouldContain(m => m.Reason == "diplomatic-contact" && m.SourceEventSeq == delivered);

        bool OfTheLetter(GameEvent e) => e.Type == "relation.changed" && e.Seq > delivered && e.Seq <= delivered + 2;
        var rest = (await china.GetEventsAsync(Game, 0, 1_000)).Where(OfTheLetter).ToList();
        var live = (await watching.ReceivedEverythingAfterAsync(0)).Where(OfTheLetter).ToList();
        foreach (var (path, events) in new[] { ("REST", rest), ("hub", live) })
        {
            events.Count.ShouldBe(2, path);
            events.ShouldAllBe(e => e.Payload.GetProperty("reason").GetString() == "undisclosed", path);
            events.ShouldAllBe(e => e.Payload.GetProperty("sourceEventSeq").ValueKind == System.Text.Json.JsonValueKind.Null, path);
            events.ShouldNotContain(e => e.Payload.ToString().Contains(letter.ToString(), StringComparison.Ordinal), path);
        }
        var parties = (await usa.GetEventsAsync(Game, 0, 1_000)).Where(OfTheLetter).ToList();
        parties.Count.ShouldBe(2);
        parties.ShouldAllBe(e => e.Payload.GetProperty("reason").GetString() == "diplomatic-contact" && e.Payload.GetProperty("sourceEventSeq").GetInt64() == delivered);
    }

    [Fact]
    public async Task TheReferenceLettersBases_ShowAThirdNationNoFigure_AndTheHostOfTheMandateNoLetter()
    {
        await ReferenceLetter.PlayAsync(server);
        var china = await server.SignInAsync("chn.mfa");
        var russia = await server.SignInAsync("rus.mfa");
        var thailand = await server.SignInAsync("tha.mfa");
        string[] bases = ["Yên Bái Air Base", "Biên Hòa Air Base", "An Thới Naval Base"];

        var seenByChina = (await china.GetGameAsync(Game)).Installations.Where(i => bases.Contains(i.Name)).ToList();
        var seenByRussia = (await russia.GetGameAsync(Game)).Installations.Where(i => bases.Contains(i.Name)).ToList();

        seenByChina.ShouldAllBe(i => i.ForeignPersonnel == 0 && i.ReservedPersonnel == 0 && i.FreeCapacity == 0 && i.UndisclosedArrangement);
        seenByRussia.Sum(i => i.ForeignPersonnel).ShouldBe(15_000);
        seenByRussia.ShouldAllBe(i => !i.UndisclosedArrangement);

        // Thailand consents to the mandate and reads it, but not the letter it came from, nor its id.
        var mandate = (await thailand.ListAgreementsAsync(Game)).ShouldHaveSingleItem();
        mandate.Kind.ShouldBe(ClauseKind.ProtectingPower);
        mandate.Source.ShouldBeNull();
        (await russia.ListAgreementsAsync(Game)).ShouldAllBe(a => a.Source != null);
    }
}
