using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;

namespace DiplomacySim.Browser.Tests;

/// <summary>What no kind holds is still asked: an "Other request" written in the desk's editor and sent.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OtherRequestTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task AnOtherRequest_WrittenInTheClauseEditor_IsSentWithItsWords()
    {
        var rusApi = await Browser.Server.ApiAsAsync("rus.mfa");
        var world = await rusApi.GetGameAsync(Ui.Game);
        var rus = await Browser.SignInAsync("rus.mfa");

        var clause = await rus.StartLetterAsync(world.Ministry("VNM"), "A stamp for the anniversary", "Moscow has one more proposal.", "otherRequest");
        await Assertions.Expect(clause.Locator("legend").First).ToHaveTextAsync("Clause 1: Other request");
        await clause.GetByLabel("Request", new() { Exact = true }).FillAsync("A joint stamp issue");
        await clause.GetByLabel("Details (optional)").FillAsync("Marking the anniversary of relations, in May.");
        await Assertions.Expect(rus.GetByTestId("check-status")).ToHaveTextAsync(Ui.MayBeSent());
        await rus.GetByRole(AriaRole.Button, new() { Name = "Send communique" }).ClickAsync();

        await Assertions.Expect(rus.CommuniqueItem("A stamp for the anniversary")).ToBeVisibleAsync();
        var sent = (await rusApi.ListCommuniquesAsync(Ui.Game, Box.Sent)).Single(c => c.Subject == "A stamp for the anniversary");
        sent.Clauses.ShouldHaveSingleItem().Terms.ShouldBe(new OtherRequestClause("A joint stamp issue", "Marking the anniversary of relations, in May."));
    }
}
