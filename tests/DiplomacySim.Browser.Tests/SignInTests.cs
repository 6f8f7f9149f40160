namespace DiplomacySim.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task DemoAccount_SignsInAndSeesTheMatrix()
    {
        var page = await Browser.SignInAsync("rus.mfa");

        await Assertions.Expect(page.GetByTestId("cell-RUS-VNM")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TwoNationsChosenInTheNetworkByKeyboard_ShowTheirPair()
    {
        var page = await Browser.SignInAsync("spectator");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kingdom of Thailand: choose", Exact = false }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Socialist Republic of Viet Nam: choose", Exact = false }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#pair-title")).ToHaveTextAsync("Kingdom of Thailand → Socialist Republic of Viet Nam");
        await Assertions.Expect(page.GetByTestId("pair-score")).ToBeVisibleAsync();
    }
}
