namespace DiplomacySim.Browser.Tests;

/// <summary>"Start a campaign": from a template, and the server's reasons beside the fields they are about.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CreateCampaignTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task FromATemplate_TheNewCampaignOpensOnItsGmDesk()
    {
        await Browser.Server.AccountAsync("create.host");
        var page = await Browser.SignInAsync("create.host", "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a campaign" }).ClickAsync();
        await page.WaitForURLAsync("**/campaigns/new");
        // The server answers the form's own address with the page, so a reload keeps it.
        await page.ReloadAsync();

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Browser Season One");
        await Assertions.Expect(page.GetByLabel("Slug")).ToHaveValueAsync("browser-season-one");
        await page.GetByLabel("Description").FillAsync("Our forum's first season, from the test world.");
        await page.GetByLabel("Visibility").SelectOptionAsync("public");
        await page.GetByLabel("Join policy").SelectOptionAsync(new SelectOptionValue { Label = "By application" });
        var template = page.GetByRole(AriaRole.Radio, new() { Name = "Test world (Pacific Realignment, 2018)" });
        await Assertions.Expect(template).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Starts 2018-10-03 · 10 nations"));
        await template.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the campaign" }).ClickAsync();

        await page.WaitForURLAsync("**/games/browser-season-one/gm");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Awaiting ratification" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation)).ToContainTextAsync("Browser Season One");
        await Assertions.Expect(page.GetByLabel("How players join")).ToHaveValueAsync("application");
    }

    [Fact]
    public async Task ABadScenarioFile_IsSaidBesideTheFile_WithEveryErrorsPath()
    {
        await Browser.Server.AccountAsync("create.uploader");
        var page = await Browser.SignInAsync("create.uploader", "/campaigns/new");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("An uploaded world");
        var file = page.GetByLabel("Scenario file", new() { Exact = true });

        await file.SetInputFilesAsync(new FilePayload { Name = "world.txt", MimeType = "text/plain", Buffer = "nations: RUS, VNM"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the campaign" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("errors-scenario")).ToContainTextAsync("not JSON");

        const string Scenario = """
            // two mistakes: a nation without a name, and a code that is no code
            { "title": "Broken", "inGameDate": "2020-01-01", "nations": [ { "code": "RUS", "ministries": [] }, { "code": "x", "name": "Nowhere" }, ] }
            """;
        await file.SetInputFilesAsync(new FilePayload { Name = "world.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(Scenario) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the campaign" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("errors-scenario")).ToContainTextAsync("$.nations[0]");
        var errors = page.GetByTestId("errors-scenario").GetByTestId("scenario-error");
        await Assertions.Expect(errors.Filter(new() { HasText = "$.nations[0]" }).First).ToBeVisibleAsync();
        await Assertions.Expect(errors.Filter(new() { HasText = "$.nations[1]" }).First).ToBeVisibleAsync();
        page.Url.ShouldEndWith("/campaigns/new");
    }

    [Fact]
    public async Task ATakenSlug_IsSaidBesideTheSlug()
    {
        await Browser.Server.AccountAsync("create.twin");
        var page = await Browser.SignInAsync("create.twin", "/campaigns/new");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("A second test world");
        await page.GetByLabel("Slug").FillAsync(Ui.Game);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the campaign" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("errors-slug")).ToContainTextAsync("exists already");
        await Assertions.Expect(page.GetByTestId("errors-title")).ToBeEmptyAsync();
    }
}
