using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Browser.Tests;

/// <summary>An invitation link opened in the browser: sign in, accept, and the campaign opens; a spent link says so.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InvitationLinkTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnInvitationLink_SignsInAcceptsAndOpensTheCampaign_ThenIsSpentForOthers()
    {
        await AccountAsync("invited.reader");
        await AccountAsync("invited.late");
        var gm = await Browser.Server.ApiAsAsync("gm");
        var invitation = await gm.CreateInvitationAsync(Ui.Game, new InvitationRequest("spectator", 7, 1));
        invitation.Url.ShouldStartWith("/join/");

        var page = await Browser.SignInAsync("invited.reader", invitation.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();

        await page.WaitForURLAsync($"**/games/{Ui.Game}/relations");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Reading room" })).ToBeVisibleAsync();

        // One use: whoever comes next with the same link is told it is spent, and stays outside.
        var late = await Browser.SignInAsync("invited.late", invitation.Url);
        await late.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await Assertions.Expect(late.Locator("main")).ToContainTextAsync("INVITATION_NOT_VALID");
        await Assertions.Expect(late.GetByRole(AriaRole.Link, new() { Name = "Back to the campaigns" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnUnknownLink_SaysItIsNotValid_AndNamesNoCampaign()
    {
        await AccountAsync("invited.stranger");
        var page = await Browser.SignInAsync("invited.stranger", "/join/not-a-real-code");

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("INVITATION_NOT_VALID");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(Ui.Game);
    }

    private Task AccountAsync(string userName) => Browser.Server.AccountAsync(userName);
}
