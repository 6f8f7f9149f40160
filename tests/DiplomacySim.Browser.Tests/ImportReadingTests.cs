namespace DiplomacySim.Browser.Tests;

/// <summary>The import shows the post as read: each clause's words marked and linked to the clause, and what was not understood beside them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportReadingTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Post = """
        From: Ministry of Foreign Affairs of the Russian Federation
        To: Ministry of Foreign Affairs of the Socialist Republic of Viet Nam
        Subject: Access to the coast

        Dear colleague, our fleet has sailed these waters for many years.

        The Russian Federation requests access to Cam Ranh Base for a permanent naval presence, with no more than 1,500 personnel in peacetime and up to 3,000 in an emergency.
        """;

    [Fact]
    public async Task EachClausesWords_AreMarked_AndItsNumberTakesThePlayerToTheClause()
    {
        var rus = await Browser.SignInAsync("rus.mfa", $"/games/{Ui.Game}/desk");
        await rus.GetByRole(AriaRole.Button, new() { Name = "Write a communique" }).ClickAsync();
        await rus.GetByText("Import from a forum post").ClickAsync();
        await rus.GetByLabel("Forum post").FillAsync(Post);
        await rus.GetByRole(AriaRole.Button, new() { Name = "Fill the editor from this post" }).ClickAsync();

        var read = rus.GetByTestId("read-post");
        var marked = read.Locator("mark.read-clause");
        await Assertions.Expect(marked).ToHaveCountAsync(1);
        await Assertions.Expect(marked).ToContainTextAsync("requests access to Cam Ranh Base");
        await Assertions.Expect(marked).Not.ToContainTextAsync("Dear colleague");
        await Assertions.Expect(read).ToContainTextAsync("Dear colleague, our fleet");

        await read.GetByRole(AriaRole.Button, new() { Name = "Go to clause 1" }).ClickAsync();
        var clause = rus.Locator("fieldset.clause").First;
        await Assertions.Expect(clause.Locator(":focus")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task WhatWasNotUnderstood_StandsBesideThePost()
    {
        var rus = await Browser.SignInAsync("rus.mfa", $"/games/{Ui.Game}/desk");
        await rus.GetByRole(AriaRole.Button, new() { Name = "Write a communique" }).ClickAsync();
        await rus.GetByText("Import from a forum post").ClickAsync();
        await rus.GetByLabel("Forum post").FillAsync(Post.Replace("of the Socialist Republic of Viet Nam", "of the Republic of Atlantis", StringComparison.Ordinal));
        await rus.GetByRole(AriaRole.Button, new() { Name = "Fill the editor from this post" }).ClickAsync();

        await Assertions.Expect(rus.GetByTestId("read-post")).ToBeVisibleAsync();
        await Assertions.Expect(rus.GetByTestId("unresolved")).ToContainTextAsync("Atlantis");
    }
}
