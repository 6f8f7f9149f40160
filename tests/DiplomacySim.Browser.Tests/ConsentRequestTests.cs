using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>The host state's consent to a protecting power reads as what it is, and is answered yes or no.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsentRequestTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task TheHostsConsentRequest_IsAnArticle45Request_AcceptedOrRefusedOnly()
    {
        // Russia, with no embassy in Bangkok, asks China to protect its interests there; China agrees,
        // and the server asks Thailand's consent on the parties' behalf. (China, not Viet Nam, so as
        // not to move the Russia and Viet Nam scores that other tests watch.)
        var (rus, chn) = (await Browser.Server.ApiAsAsync("rus.mfa"), await Browser.Server.ApiAsAsync("chn.mfa"));
        var world = await rus.GetGameAsync(Ui.Game);
        var mandate = await rus.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("RUS"), world.Ministry("CHN"), "Our interests in Bangkok",
            Classification.Public, "Moscow asks Beijing to act for it in Bangkok.", [new ProtectingPowerClause("RUS", "THA", ProtectionScope.Both)]));
        await chn.RespondAsync(Ui.Game, mandate.Id, new ResponseDraft(world.Ministry("CHN"), "Beijing agrees.", [new ClauseResponse(0, Decision.Accept)]));

        var tha = await Browser.SignInAsync("tha.mfa", $"/games/{Ui.Game}/desk");
        var item = tha.CommuniqueItem("Request for consent");
        await Assertions.Expect(item).ToContainTextAsync("Request for consent (Article 45)");
        await item.ClickAsync();

        var letter = tha.GetByTestId("letter");
        await Assertions.Expect(tha.GetByTestId("consent-request")).ToHaveTextAsync("Request for consent under Article 45 of the Vienna Convention");
        await Assertions.Expect(tha.GetByTestId("sent-on-behalf")).ToContainTextAsync("Sent on behalf of the parties to the mandate");
        await Assertions.Expect(letter.Locator(".letter-meta")).Not.ToContainTextAsync("From");
        var answer = tha.Locator("fieldset.answer-row").First;
        await Assertions.Expect(answer.GetByLabel("Accept")).ToBeVisibleAsync();
        await Assertions.Expect(answer.GetByLabel("Refuse")).ToBeVisibleAsync();
        await Assertions.Expect(answer.GetByLabel("Counter-propose")).ToHaveCountAsync(0);

        await answer.GetByLabel("Accept").CheckAsync();
        await tha.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Assertions.Expect(tha.Locator(".clause-view[data-status=accepted]")).ToBeVisibleAsync();
    }
}
