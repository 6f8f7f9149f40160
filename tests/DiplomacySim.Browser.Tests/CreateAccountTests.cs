namespace DiplomacySim.Browser.Tests;

/// <summary>The sign-in page's "Create an account": Identity's reasons beside the field, then signed in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CreateAccountTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ANewAccount_SeesWhyItsPasswordIsWeak_ThenIsSignedIn()
    {
        var context = await Browser.Browser.NewContextAsync(new() { BaseURL = Browser.Server.Address.ToString() });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
            await page.GetByLabel("User name").FillAsync("browser.new");
            await page.GetByLabel("Display name").FillAsync("A new player");
            await page.GetByLabel("Password").FillAsync("weak");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();

            await Assertions.Expect(page.GetByTestId("errors-password")).ToContainTextAsync("Passwords must");
            await Assertions.Expect(page.GetByTestId("errors-userName")).ToBeEmptyAsync();

            await page.GetByLabel("Password").FillAsync("Ambassador-2018!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();

            await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("browser.new");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task ATakenUserName_IsSaidBesideTheUserName()
    {
        var context = await Browser.Browser.NewContextAsync(new() { BaseURL = Browser.Server.Address.ToString() });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
            await page.GetByLabel("User name").FillAsync("rus.mfa");
            await page.GetByLabel("Display name").FillAsync("An impostor");
            await page.GetByLabel("Password").FillAsync("Ambassador-2018!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create the account" }).ClickAsync();

            await Assertions.Expect(page.GetByTestId("errors-userName")).ToContainTextAsync("another account");
            await page.GetByRole(AriaRole.Button, new() { Name = "Back to sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
