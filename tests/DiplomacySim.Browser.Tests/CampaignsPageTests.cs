namespace DiplomacySim.Browser.Tests;

/// <summary>
/// The campaigns page at "/": my campaigns with my role, the public ones to join as a spectator, a
/// visitor reading a public campaign without an account, and leaving a campaign (the last GM cannot).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CampaignsPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task MyCampaignsShowMyRole_AndAPublicOneIsJoinedAsSpectator()
    {
        await Browser.Server.CampaignAsync("page.host", "page-public-season", "Page public season", visibility: "public", joinPolicy: "open");
        await Browser.Server.AccountAsync("page.reader");

        var gm = await Browser.SignInAsync("gm", "/");
        var mine = gm.GetByRole(AriaRole.List, new() { Name = "My campaigns" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "test-world" });
        await Assertions.Expect(mine).ToContainTextAsync("Game master");

        var page = await Browser.SignInAsync("page.reader", "/");
        var season = page.GetByRole(AriaRole.List, new() { Name = "Public campaigns" }).GetByRole(AriaRole.Listitem, new() { Name = "Page public season" });
        await Assertions.Expect(season).ToContainTextAsync("Open to anyone");
        await season.GetByRole(AriaRole.Button, new() { Name = "Join as spectator" }).ClickAsync();

        await page.WaitForURLAsync("**/games/page-public-season/relations");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Reading room" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "DiplomacySim" }).ClickAsync();
        var joined = page.GetByRole(AriaRole.List, new() { Name = "My campaigns" }).GetByRole(AriaRole.Listitem, new() { Name = "Page public season" });
        await Assertions.Expect(joined).ToContainTextAsync("Spectator");
    }

    [Fact]
    public async Task ASignedOutVisitor_ReadsAPublicCampaign_ButNotAPrivateOne()
    {
        await Browser.Server.CampaignAsync("page.open.host", "page-open-reading", "Page open reading", visibility: "public");
        var context = await Browser.Browser.NewContextAsync(new() { BaseURL = Browser.Server.Address.ToString() });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await Assertions.Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
            var list = page.GetByRole(AriaRole.List, new() { Name = "Public campaigns" });
            await Assertions.Expect(list).Not.ToContainTextAsync("test-world");
            await list.GetByRole(AriaRole.Listitem, new() { Name = "Page open reading" }).GetByRole(AriaRole.Button, new() { Name = "Read" }).ClickAsync();

            await page.WaitForURLAsync("**/games/page-open-reading/relations");
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "as a visitor" })).ToBeVisibleAsync();
            await page.OpenAsync("Reading room");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Public reading room" })).ToBeVisibleAsync();

            // A private campaign asks the visitor to sign in, and opens once they have.
            await page.GotoAsync($"/games/{Ui.Game}/relations");
            await page.GetByLabel("User name").FillAsync("spectator");
            await page.GetByLabel("Password").FillAsync(Testing.DiplomacySimServer.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Reading room" })).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task LeavingAsksFirst_AndTheLastGameMasterIsKeptIn()
    {
        await Browser.Server.CampaignAsync("page.leaving.host", "page-leaving", "Page leaving", visibility: "public", joinPolicy: "open");
        await Browser.Server.AccountAsync("page.leaver");

        var host = await Browser.SignInAsync("page.leaving.host", "/");
        var asked = host.AcceptDialogs();
        var hosted = host.GetByRole(AriaRole.List, new() { Name = "My campaigns" }).GetByRole(AriaRole.Listitem, new() { Name = "Page leaving" });
        await hosted.GetByRole(AriaRole.Button, new() { Name = "Leave campaign" }).ClickAsync();
        await Assertions.Expect(hosted).ToContainTextAsync("LAST_GAME_MASTER");
        asked.ShouldHaveSingleItem().ShouldContain("Page leaving");

        // A spectator leaves from the campaign's header, and is back on the campaigns page, outside it.
        var leaver = await Browser.SignInAsync("page.leaver", "/");
        leaver.AcceptDialogs();
        await leaver.GetByRole(AriaRole.List, new() { Name = "Public campaigns" }).GetByRole(AriaRole.Listitem, new() { Name = "Page leaving" })
            .GetByRole(AriaRole.Button, new() { Name = "Join as spectator" }).ClickAsync();
        await leaver.WaitForURLAsync("**/games/page-leaving/relations");
        await leaver.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Button, new() { Name = "Leave campaign" }).ClickAsync();

        await leaver.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(leaver.GetByRole(AriaRole.List, new() { Name = "Public campaigns" }).GetByRole(AriaRole.Listitem, new() { Name = "Page leaving" })
            .GetByRole(AriaRole.Button, new() { Name = "Join as spectator" })).ToBeVisibleAsync();
    }
}
