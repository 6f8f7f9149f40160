using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ComposeRulesTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ThaiBaseInALetterToVietNam_ShowsTheViolationBesideTheClauseBeforeSending()
    {
        var rusApi = await Browser.Server.ApiAsAsync("rus.mfa");
        var world = await rusApi.GetGameAsync(Ui.Game);
        var sentBefore = (await rusApi.ListCommuniquesAsync(Ui.Game, Box.Sent)).Count;
        var rus = await Browser.SignInAsync("rus.mfa");

        // A first clause that is fine, then the Thai base: the violation must sit beside the second.
        var fine = await rus.StartLetterAsync(world.Ministry("VNM"), "Basing in the region", "Two requests.", "basingRights");
        await fine.FillBasingAsync("Biên Hòa Air Base", peacetime: 500, emergency: 1_000);
        await rus.GetByLabel("Kind of clause to add").SelectOptionAsync("basingRights");
        await rus.GetByRole(AriaRole.Button, new() { Name = "Add clause" }).ClickAsync();
        var thai = rus.Locator("fieldset.clause").Nth(1);
        await thai.FillBasingAsync("U-Tapao Royal Thai Navy Airfield", peacetime: 500, emergency: 1_000);

        await Assertions.Expect(thai.Locator("[data-code=INSTALLATION_NOT_IN_RECIPIENT_TERRITORY]")).ToBeVisibleAsync();
        await Assertions.Expect(thai.Locator("[data-code=INSTALLATION_NOT_IN_RECIPIENT_TERRITORY]")).ToContainTextAsync("U-Tapao");
        await Assertions.Expect(fine.Locator(".violation")).ToHaveCountAsync(0);
        (await rusApi.ListCommuniquesAsync(Ui.Game, Box.Sent)).Count.ShouldBe(sentBefore, "the check must not send anything");

        // Unticking the Thai base clears the violation while typing.
        await thai.GetByLabel("U-Tapao Royal Thai Navy Airfield").UncheckAsync();
        await Assertions.Expect(thai.Locator("[data-code=INSTALLATION_NOT_IN_RECIPIENT_TERRITORY]")).ToHaveCountAsync(0);
    }
}
