using System.Globalization;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>A pair's history is drawn by in-game date, each change a point, and given as a table too.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HistoryTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ThePairsHistory_IsPlottedByInGameDate_AndReadAsATable()
    {
        // Thailand and Viet Nam, away from the Russia and Viet Nam scores that other tests watch.
        var (tha, vnm, gm) = (await Browser.Server.ApiAsAsync("tha.mfa"), await Browser.Server.ApiAsAsync("vnm.mfa"), await Browser.Server.ApiAsAsync("gm"));
        await ConcludeAsync(tha, vnm, gm, "Energy research.");
        await gm.AdvanceClockAsync(Ui.Game, 45);
        await ConcludeAsync(tha, vnm, gm, "Shipbuilding research.");

        var changes = (await gm.GetEventsAsync(Ui.Game))
            .Where(e => e.Type == "relation.changed" && e.Payload.GetProperty("from").GetString() is "THA" or "VNM" && e.Payload.GetProperty("to").GetString() is "THA" or "VNM")
            .ToList();
        var dates = changes.Select(e => e.InGameDate).Distinct().ToList();
        dates.Count.ShouldBeGreaterThanOrEqualTo(2);

        var page = await Browser.SignInAsync("tha.mfa");
        await page.Cell("THA", "VNM").ClickAsync();
        var chart = page.GetByTestId("history-chart");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        // The axis is labelled with dates from the first change on, and the points sit at as many places as there are dates.
        await Assertions.Expect(page.GetByTestId("history-dates")).ToContainTextAsync(Short(dates.Min()));
        var pointDates = await chart.Locator("circle").EvaluateAllAsync<string[]>("circles => [...new Set(circles.map(c => c.dataset.date))]");
        pointDates.Order().ShouldBe(dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Order());
        var xs = await chart.Locator("circle").EvaluateAllAsync<double[]>("circles => [...new Set(circles.map(c => Number(c.getAttribute('cx'))))]");
        xs.Length.ShouldBe(dates.Count);

        var table = page.GetByTestId("history-table");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(changes.Count);
        await Assertions.Expect(table.Locator("tbody tr").First).ToContainTextAsync(Short(dates.Max()));
        await Assertions.Expect(table).ToContainTextAsync("Cooperation agreement");
    }

    private static string Short(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static async Task ConcludeAsync(DiplomacySim.Client.DiplomacySimClient tha, DiplomacySim.Client.DiplomacySimClient vnm, DiplomacySim.Client.DiplomacySimClient gm, string statement)
    {
        var world = await tha.GetGameAsync(Ui.Game);
        var letter = await tha.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("THA"), world.Ministry("VNM"), $"Cooperation: {statement}", Classification.Public,
            "Bangkok proposes research together.", [new CooperationClause(CooperationSector.Industrial, statement)]));
        var answer = await vnm.RespondAsync(Ui.Game, letter.Id, new ResponseDraft(world.Ministry("VNM"), "Agreed.", [new ClauseResponse(0, Decision.Accept)]));
        foreach (var id in answer.Agreements)
        {
            var agreement = (await gm.ListAgreementsAsync(Ui.Game)).Single(a => a.Id == id);
            if (agreement.Status == AgreementStatus.PendingRatification)
                await gm.RatifyAsync(Ui.Game, id, "Ratified.");
        }
    }
}
