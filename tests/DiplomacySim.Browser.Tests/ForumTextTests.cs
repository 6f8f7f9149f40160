using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>A letter and an agreement leave the browser as text for the forum thread, in BBCode or Markdown.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ForumTextTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ALetterAndItsAgreement_AreCopiedOutAsForumText()
    {
        var (rus, vnm, gm) = (await Browser.Server.ApiAsAsync("rus.mfa"), await Browser.Server.ApiAsAsync("vnm.mfa"), await Browser.Server.ApiAsAsync("gm"));
        var world = await rus.GetGameAsync(Ui.Game);
        var subject = $"Forum text {Guid.NewGuid():N}"[..24];
        var letter = await rus.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), subject, Classification.Confidential,
            "Moscow writes [b]in friendship[/b].", [new BasingRightsClause([TestWorld.Installation(world, "Cam Ranh Base")], 400, 800, [BasingCapability.Logistics], null)]));
        var answer = await vnm.RespondAsync(Ui.Game, letter.Id, new ResponseDraft(world.Ministry("VNM"), "Agreed.", [new ClauseResponse(0, Decision.Accept)]));
        await gm.RatifyAsync(Ui.Game, answer.Agreements.Single(), "Ratified for the forum.");

        var page = await Browser.SignInAsync("rus.mfa", $"/games/{Ui.Game}/desk");
        await page.GetByRole(AriaRole.Group, new() { Name = "Boxes" }).GetByRole(AriaRole.Button, new() { Name = "Sent" }).ClickAsync();
        // The letter itself, not Viet Nam's "Re: ..." answer, which the inbox lists until the sent box replaces it.
        await page.CommuniqueItem(subject).Filter(new() { HasNotText = "Re: " }).ClickAsync();
        var export = page.Locator("details.forum-export").Filter(new() { HasText = "For the forum" });
        await export.Locator("summary").ClickAsync();
        await export.GetByRole(AriaRole.Button, new() { Name = "BBCode" }).ClickAsync();
        await Assertions.Expect(export.GetByTestId("forum-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\[b\]From:\[/b\] Ministry of Foreign Affairs of the Russian Federation"));
        await export.GetByRole(AriaRole.Button, new() { Name = "Markdown" }).ClickAsync();
        await Assertions.Expect(export.GetByTestId("forum-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"\*\*Subject:\*\* " + subject));
        await export.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Screenshots, "desk-forum-text.png") });

        var desk = await Browser.SignInAsync("gm", $"/games/{Ui.Game}/gm");
        var treaty = desk.Locator("tr").Filter(new() { HasText = "Ratified for the forum." }).Locator("details.forum-export");
        await treaty.Locator("summary").ClickAsync();
        await treaty.GetByRole(AriaRole.Button, new() { Name = "Markdown" }).ClickAsync();
        await Assertions.Expect(treaty.GetByTestId("forum-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"\*\*Article 1 — Parties\.\*\*"));
        await Assertions.Expect(desk.Locator("tr").Filter(new() { HasText = "Ratified for the forum." }).Locator(".badge")).ToHaveTextAsync("In force");
    }
}
