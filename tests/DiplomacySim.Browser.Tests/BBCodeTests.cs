using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>Images are links, never loaded; deep quotes stay a letter; the page has its icon.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BBCodeTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnImage_IsALinkNeverLoaded_AndDeepQuotesAreFlattened()
    {
        // Washington to Bangkok, away from the Russia and Viet Nam scores that other tests watch.
        var usa = await Browser.Server.ApiAsAsync("usa.mfa");
        var world = await usa.GetGameAsync(Ui.Game);
        var body = "The map: [img]https://images.example.org/map.png[/img]\n"
            + string.Concat(Enumerable.Repeat("[quote=Bangkok]", 300)) + "the first words" + string.Concat(Enumerable.Repeat("[/quote]", 300));
        await usa.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("USA"), world.Ministry("THA"), "A map and a long thread", Classification.Public, body, []));

        var vnm = await Browser.SignInAsync("tha.mfa", $"/games/{Ui.Game}/desk");
        var imageRequests = new List<string>();
        vnm.Request += (_, request) =>
        {
            if (request.Url.Contains("images.example.org", StringComparison.Ordinal))
                imageRequests.Add(request.Url);
        };
        await vnm.CommuniqueItem("A map and a long thread").ClickAsync();

        var letter = vnm.GetByTestId("letter-body");
        var image = letter.Locator("a.bb-image");
        await Assertions.Expect(image).ToHaveTextAsync("Image (not loaded): https://images.example.org/map.png");
        await Assertions.Expect(image).ToHaveAttributeAsync("href", "https://images.example.org/map.png");
        await Assertions.Expect(letter.Locator("img")).ToHaveCountAsync(0);
        await Assertions.Expect(letter).ToContainTextAsync("the first words");
        await Assertions.Expect(letter.Locator("blockquote blockquote blockquote")).ToHaveCountAsync(1);
        await Assertions.Expect(letter.Locator("blockquote blockquote blockquote blockquote")).ToHaveCountAsync(0);
        (await letter.BoundingBoxAsync())!.Height.ShouldBeLessThan(2_000);
        imageRequests.ShouldBeEmpty();
    }

    [Fact]
    public async Task ThePage_HasAFavicon_AndNothingItLoadsIsMissing()
    {
        var context = await Browser.Browser.NewContextAsync(new() { BaseURL = Browser.Server.Address.ToString() });
        try
        {
            var page = await context.NewPageAsync();
            var missing = new List<string>();
            page.Response += (_, response) =>
            {
                if (response.Status == 404)
                    missing.Add(response.Url);
            };
            await page.GotoAsync("/");
            await Assertions.Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("link[rel=icon]")).ToHaveAttributeAsync("href", "/favicon.svg");

            var icon = await page.APIRequest.GetAsync("/favicon.svg");
            icon.Status.ShouldBe(200);
            icon.Headers["content-type"].ShouldStartWith("image/svg+xml");
            missing.ShouldBeEmpty();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
