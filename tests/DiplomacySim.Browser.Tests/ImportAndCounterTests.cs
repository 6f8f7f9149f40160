namespace DiplomacySim.Browser.Tests;

/// <summary>A letter drafted from a forum post, countered clause by clause, and the counter accepted, all in the browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportAndCounterTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string ForumPost = """
        From: Ministry of Foreign Affairs of the Russian Federation
        To: Ministry of Foreign Affairs of the Socialist Republic of Viet Nam
        Subject: Naval access to Cam Ranh
        Classification: Confidential

        The Russian Federation requests access to Cam Ranh Base for a permanent naval presence, with no more than 2,000 personnel in peacetime and up to 4,000 in an emergency.
        """;

    [Fact]
    public async Task ForumPostImported_CounteredAndTheCounterAccepted()
    {
        var rus = await Browser.SignInAsync("rus.mfa", $"/games/{Ui.Game}/desk");
        var vnm = await Browser.SignInAsync("vnm.mfa", $"/games/{Ui.Game}/desk");

        // Russia pastes its forum post; the editor fills, and the rules find nothing wrong.
        await rus.GetByRole(AriaRole.Button, new() { Name = "Write a communique" }).ClickAsync();
        await rus.GetByText("Import from a forum post").ClickAsync();
        await rus.GetByLabel("Forum post").FillAsync(ForumPost);
        await rus.GetByRole(AriaRole.Button, new() { Name = "Fill the editor from this post" }).ClickAsync();
        await Assertions.Expect(rus.GetByLabel("Subject", new() { Exact = true })).ToHaveValueAsync("Naval access to Cam Ranh");
        await Assertions.Expect(rus.GetByLabel("Classification")).ToHaveValueAsync("confidential");
        var clause = rus.Locator("fieldset.clause").First;
        await Assertions.Expect(clause.GetByLabel("Cam Ranh Base")).ToBeCheckedAsync();
        await Assertions.Expect(clause.GetByLabel("Emergency personnel cap")).ToHaveValueAsync("4000");
        await Assertions.Expect(rus.GetByTestId("check-status")).ToHaveTextAsync(Ui.MayBeSent());
        await rus.GetByRole(AriaRole.Button, new() { Name = "Send communique" }).ClickAsync();

        // Viet Nam counters with a lower emergency cap.
        await vnm.CommuniqueItem("Naval access to Cam Ranh").ClickAsync();
        var answer = vnm.Locator("fieldset.answer-row").First;
        await answer.GetByLabel("Counter-propose").CheckAsync();
        await answer.GetByLabel("Emergency personnel cap").FillAsync("3000");
        // The answer form shows the change beside the original while it is written.
        await Assertions.Expect(answer.GetByTestId("counter-changes")).ToContainTextAsync("Emergency personnel cap: 4,000 → 3,000");
        await vnm.GetByLabel("Covering letter").FillAsync("Hanoi can offer room for 3,000 in an emergency.");
        await vnm.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Assertions.Expect(vnm.Locator(".clause-view[data-status=countered]")).ToBeVisibleAsync();

        // The reply reaches Russia's inbox live; Russia accepts the counter-proposal.
        await rus.GetByRole(AriaRole.Group, new() { Name = "Boxes" }).GetByRole(AriaRole.Button, new() { Name = "Inbox", Exact = false }).ClickAsync();
        // The reply, not Russia's own letter, which the sent box shows until the inbox replaces it.
        await rus.CommuniqueItem("Re: Naval access to Cam Ranh").ClickAsync();
        await Assertions.Expect(rus.GetByTestId("letter")).ToContainTextAsync("emergency up to 3,000");
        // The reader and Russia's answer form show each changed term beside the original, and only those.
        var changes = rus.Locator(".clause-view").First.GetByTestId("term-changes");
        await Assertions.Expect(changes).ToContainTextAsync("Emergency personnel cap: 4,000 → 3,000");
        await Assertions.Expect(changes.Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(rus.Locator("fieldset.answer-row").First.GetByTestId("term-changes")).ToContainTextAsync("Emergency personnel cap: 4,000 → 3,000");
        await rus.Locator("fieldset.answer-row").First.GetByLabel("Accept").CheckAsync();
        await rus.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Assertions.Expect(rus.Locator(".clause-view[data-status=accepted]")).ToBeVisibleAsync();
        await Assertions.Expect(rus.GetByTestId("letter")).ToContainTextAsync("Became an agreement.");
    }
}
