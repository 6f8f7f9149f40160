namespace DiplomacySim.Browser.Tests;

/// <summary>The page shows the API's codes in the words of labels.js, never as codes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LabelsTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ReasonsCapabilitiesAndInstallationKinds_ReadAsWords()
    {
        var rus = await Browser.SignInAsync("rus.mfa");
        await rus.Cell("RUS", "VNM").ClickAsync();
        var pair = rus.GetByTestId("pair-panel");
        await Assertions.Expect(pair).ToContainTextAsync("Comprehensive strategic partnership");
        await Assertions.Expect(pair).Not.ToContainTextAsync("comprehensive-strategic-partnership");

        await rus.OpenAsync("My desk");
        await rus.GetByRole(AriaRole.Button, new() { Name = "Write a communique" }).ClickAsync();
        await rus.GetByLabel("Kind of clause to add").SelectOptionAsync("basingRights");
        await rus.GetByRole(AriaRole.Button, new() { Name = "Add clause" }).ClickAsync();
        var clause = rus.Locator("fieldset.clause").First;
        await Assertions.Expect(clause.GetByLabel("Signals intelligence (SIGINT)")).ToBeVisibleAsync();
        await Assertions.Expect(clause.GetByLabel("Electronic intelligence (ELINT)")).ToBeVisibleAsync();
        await Assertions.Expect(clause).ToContainTextAsync("naval base, room for");
        await Assertions.Expect(clause).Not.ToContainTextAsync("navalBase");
    }
}
