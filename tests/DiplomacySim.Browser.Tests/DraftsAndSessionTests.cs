using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>Work kept until sent or discarded, a warning before unsaved work goes, and one session for every tab.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DraftsAndSessionTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AHalfWrittenLetter_SurvivesRelationsAndAReload_UntilDiscarded()
    {
        var rus = await Browser.SignInAsync("rus.mfa");
        var world = await (await Browser.Server.ApiAsAsync("rus.mfa")).GetGameAsync(Ui.Game);
        var clause = await rus.StartLetterAsync(world.Ministry("VNM"), "Half written", "Moscow would like to [i]propose[/i]", "cooperation");
        await clause.GetByLabel("Statement").FillAsync("Joint exercises at sea.");

        await rus.OpenAsync("Relations");
        await Assertions.Expect(rus.Cell("RUS", "VNM")).ToBeVisibleAsync();
        await rus.OpenAsync("My desk");
        await ShowsTheDraftAsync(rus);

        await rus.ReloadAsync();
        await ShowsTheDraftAsync(rus);

        await rus.GetByRole(AriaRole.Button, new() { Name = "Discard draft" }).ClickAsync();
        await Assertions.Expect(rus.GetByLabel("Subject", new() { Exact = true })).ToHaveValueAsync("");
        await rus.ReloadAsync();
        await Assertions.Expect(rus.GetByText("Choose a communique to read it, or write one.")).ToBeVisibleAsync();
    }

    private static async Task ShowsTheDraftAsync(IPage page)
    {
        await Assertions.Expect(page.GetByLabel("Subject", new() { Exact = true })).ToHaveValueAsync("Half written");
        await Assertions.Expect(page.GetByLabel("Letter", new() { Exact = true })).ToHaveValueAsync("Moscow would like to [i]propose[/i]");
        await Assertions.Expect(page.Locator("fieldset.clause").GetByLabel("Statement")).ToHaveValueAsync("Joint exercises at sea.");
        await Assertions.Expect(page.GetByTestId("draft-status")).ToContainTextAsync("kept in this browser");
    }

    [Fact]
    public async Task AnAnswerBeingWritten_IsNotLostWithoutAWarning()
    {
        // From Beijing, so as not to move the Russia and Viet Nam scores that other tests watch.
        var chn = await Browser.Server.ApiAsAsync("chn.mfa");
        var world = await chn.GetGameAsync(Ui.Game);
        await chn.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("CHN"), world.Ministry("RUS"), "A question from Beijing", Classification.Public,
            "Beijing proposes a cultural exchange.", [new CooperationClause(CooperationSector.Cultural, "Students and teachers.")]));

        var rus = await Browser.SignInAsync("rus.mfa", $"/games/{Ui.Game}/desk");
        await rus.CommuniqueItem("A question from Beijing").ClickAsync();
        await rus.GetByLabel("Covering letter").FillAsync("Moscow is considering");

        // Leaving is asked about: the page cancels beforeunload (which is what makes the browser ask).
        // The event is dispatched rather than a real close, whose dialog Playwright's headless
        // Chromium does not survive closing the context after.
        (await WouldWarnOnLeavingAsync(rus)).ShouldBeTrue();

        await rus.Locator("fieldset.answer-row").First.GetByLabel("Accept").CheckAsync();
        await rus.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Assertions.Expect(rus.Locator(".clause-view[data-status=accepted]")).ToBeVisibleAsync();
        (await WouldWarnOnLeavingAsync(rus)).ShouldBeFalse();
    }

    private static Task<bool> WouldWarnOnLeavingAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }");

    [Fact]
    public async Task ASecondTab_IsSignedInAlready_AndSigningOutSignsOutEveryTab()
    {
        var first = await Browser.SignInAsync("tha.mfa");
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync($"/games/{Ui.Game}/relations");
        await Assertions.Expect(second.GetByTestId("signed-in-as")).ToHaveTextAsync("tha.mfa");
        await Assertions.Expect(second.Cell("THA", "VNM")).ToBeVisibleAsync();

        await first.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(second.GetByLabel("User name")).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
    }
}
