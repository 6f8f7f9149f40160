namespace DiplomacySim.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task DemoAccount_SignsInAndSeesTheMatrix()
    {
        var page = await Browser.SignInAsync("rus.mfa");

        await Assertions.Expect(page.GetByTestId("cell-RUS-VNM")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = "/tmp/dsweb/smoke.png", FullPage = true });
    }
}
