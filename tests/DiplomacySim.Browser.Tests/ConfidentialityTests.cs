using System.Collections.Concurrent;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>A secret communique between Russia and Viet Nam never reaches China's browser, on any path.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConfidentialityTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task SecretLetterBetweenRussiaAndVietNam_NeverReachesChinasBrowser()
    {
        var secret = $"SECRET-ANNEX-{Guid.NewGuid():N}";
        var chn = await Browser.SignInAsync("chn.mfa");
        var received = new ConcurrentQueue<string>();
        // Every API answer passes through this route, which keeps a copy of its body before handing it
        // to the page, so that nothing the page received escapes the checks below.
        await chn.RouteAsync("**/api/**", async route =>
        {
            var response = await route.FetchAsync();
            received.Enqueue(await response.TextAsync());
            await route.FulfillAsync(new() { Response = response });
        });
        chn.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => received.Enqueue(frame.Text ?? "");
        // Loaded again with the listeners in place, so that every response and hub frame is seen; and
        // live before the letter is sent, so that a leak through the hub would show here.
        await chn.ReloadAsync();
        await Assertions.Expect(chn.Cell("RUS", "VNM")).ToBeVisibleAsync();
        var contactBefore = await chn.Cell("RUS", "VNM").InnerTextAsync();

        var rusApi = await Browser.Server.ApiAsAsync("rus.mfa");
        var world = await rusApi.GetGameAsync(Ui.Game);
        await rusApi.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"),
            $"{secret} subject", Classification.Secret, $"The annex {secret} stays between us.", []));

        // The letter's effect on the score arrives, as an undisclosed arrangement; its reason and the letter must not.
        await Assertions.Expect(chn.Cell("RUS", "VNM")).Not.ToHaveTextAsync(contactBefore);
        await chn.Cell("RUS", "VNM").ClickAsync();
        await Assertions.Expect(chn.GetByTestId("pair-panel")).ToContainTextAsync("Undisclosed arrangements");
        await ShouldNotShowAsync(chn, secret);
        await chn.Cell("VNM", "RUS").ClickAsync();
        await Assertions.Expect(chn.GetByTestId("pair-score")).ToBeVisibleAsync();
        await ShouldNotShowAsync(chn, secret);
        await chn.OpenAsync("My desk");
        foreach (var box in new[] { "Inbox", "Sent", "All I may read" })
        {
            // Within the boxes: a letter's subject may hold the word too ("consent" holds "sent").
            await chn.GetByRole(AriaRole.Group, new() { Name = "Boxes" }).GetByRole(AriaRole.Button, new() { Name = box, Exact = false }).ClickAsync();
            await Assertions.Expect(chn.GetByTestId("communique-list")).ToBeVisibleAsync();
            await chn.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await ShouldNotShowAsync(chn, secret);
        }
        await chn.GotoAsync($"/games/{Ui.Game}/gm");
        await Assertions.Expect(chn.GetByText("Only the game masters")).ToBeVisibleAsync();
        await ShouldNotShowAsync(chn, secret);

        received.ShouldNotBeEmpty();
        received.ShouldAllBe(text => !text.Contains(secret, StringComparison.Ordinal));

        // The same words do show for a party, so the checks above could have failed.
        var vnm = await Browser.SignInAsync("vnm.mfa", $"/games/{Ui.Game}/desk");
        await Assertions.Expect(vnm.CommuniqueItem(secret)).ToBeVisibleAsync();
    }

    private static async Task ShouldNotShowAsync(IPage page, string secret) =>
        (await page.ContentAsync()).ShouldNotContain(secret);
}
