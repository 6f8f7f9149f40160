using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>A letter is text a stranger wrote: the reader shows its markup, it never runs it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SafeRenderingTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string HostileBody = """
        [b]Greetings from Moscow.[/b]
        <script>window.__pwned = 'script'; alert('script')</script>
        <img src=x onerror="window.__pwned = 'img'; alert('img')">
        [url=javascript:window.__pwned='url';alert('url')]read the annex[/url]
        [url=https://example.org/treaty]the treaty text[/url]
        """;

    [Fact]
    public async Task HostileBody_IsShownAsTextAndRunsNothing()
    {
        var rusApi = await Browser.Server.ApiAsAsync("rus.mfa");
        var world = await rusApi.GetGameAsync(Ui.Game);
        var subject = "<img src=x onerror=alert('subject')> A letter";
        await rusApi.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("VNM"), subject, Classification.Public, HostileBody, []));

        var vnm = await Browser.SignInAsync("vnm.mfa", $"/games/{Ui.Game}/desk");
        var dialogs = new List<string>();
        vnm.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        await vnm.CommuniqueItem("A letter").ClickAsync();
        var body = vnm.GetByTestId("letter-body");
        await Assertions.Expect(body).ToContainTextAsync("<script>window.__pwned = 'script'; alert('script')</script>");
        await Assertions.Expect(body).ToContainTextAsync("<img src=x onerror=\"window.__pwned = 'img'; alert('img')\">");
        await Assertions.Expect(body).ToContainTextAsync("[url=javascript:window.__pwned='url';alert('url')]read the annex[/url]");
        await Assertions.Expect(vnm.GetByRole(AriaRole.Heading, new() { Name = subject })).ToBeVisibleAsync();

        // What is allowed became markup; what is not stayed text.
        await Assertions.Expect(body.Locator("strong")).ToHaveTextAsync("Greetings from Moscow.");
        await Assertions.Expect(body.Locator("a")).ToHaveCountAsync(1);
        await Assertions.Expect(body.Locator("a")).ToHaveAttributeAsync("href", "https://example.org/treaty");
        (await vnm.Locator("[data-testid=letter] img, [data-testid=letter] script").CountAsync()).ShouldBe(0);
        await body.GetByText("read the annex", new() { Exact = false }).ClickAsync();

        (await vnm.EvaluateAsync<bool>("() => window.__pwned === undefined")).ShouldBeTrue("a script from the letter ran");
        dialogs.ShouldBeEmpty();
    }
}
