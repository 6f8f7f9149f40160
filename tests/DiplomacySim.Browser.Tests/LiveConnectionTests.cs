using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>The banner says when the live connection is lost and when it has caught up; what was missed arrives.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveConnectionTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ConnectionLostAndRestored_SaysSoAndCatchesUpOnWhatWasMissed()
    {
        var page = await Browser.SignInAsync("usa.mfa");
        // The hub's WebSocket goes through a route the test can cut: going offline alone leaves an
        // open WebSocket open.
        IWebSocketRoute? socket = null;
        var cut = false;
        await page.RouteWebSocketAsync("**/hubs/game**", route =>
        {
            if (cut)
            {
                _ = route.CloseAsync();
                return;
            }
            socket = route;
            route.ConnectToServer();
        });
        await page.ReloadAsync();
        await page.MarkDocumentAsync();
        await Assertions.Expect(page.Cell("RUS", "VNM")).ToBeVisibleAsync();
        var before = await page.Cell("RUS", "VNM").InnerTextAsync();
        var banner = page.Locator("#live-banner");

        cut = true;
        await page.Context.SetOfflineAsync(true);
        await socket!.CloseAsync();
        await Assertions.Expect(banner).ToHaveAttributeAsync("data-state", "lost");
        await Assertions.Expect(banner).ToContainTextAsync("Live connection lost");

        // Something happens while this browser is away.
        var rus = await Browser.Server.ApiAsAsync("rus.mfa");
        var world = await rus.GetGameAsync(Ui.Game);
        await rus.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), "While you were away", Classification.Public, "A public letter.", []));

        cut = false;
        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(banner).ToHaveAttributeAsync("data-state", "caught-up", new() { Timeout = 30_000 });
        await Assertions.Expect(banner).ToContainTextAsync("caught up");
        await Assertions.Expect(page.Cell("RUS", "VNM")).Not.ToHaveTextAsync(before);
        (await page.IsSameDocumentAsync()).ShouldBeTrue("the page was reloaded");
    }
}
