using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>A spectator reads the public letters in a reading room, and writes or answers nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingRoomTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task ASpectator_ReadsPublicLetters_AndHasNothingToWrite()
    {
        // Washington to Bangkok, away from the Russia and Viet Nam scores that other tests watch.
        var usa = await Browser.Server.ApiAsAsync("usa.mfa");
        var world = await usa.GetGameAsync(Ui.Game);
        await usa.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("USA"), world.Ministry("THA"), "An open letter to Bangkok", Classification.Public,
            "Washington [b]welcomes[/b] the talks.", [new CooperationClause(CooperationSector.Energy, "Joint research.")]));
        await usa.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(world.Ministry("USA"), world.Ministry("THA"), "A secret letter to Bangkok", Classification.Secret,
            "Not for the public.", [new CooperationClause(CooperationSector.Defense, "Quietly.")]));

        var spectator = await Browser.SignInAsync("spectator");
        await spectator.OpenAsync("Reading room");
        await Assertions.Expect(spectator.GetByRole(AriaRole.Heading, new() { Name = "Public reading room" })).ToBeVisibleAsync();
        await Assertions.Expect(spectator.GetByRole(AriaRole.Button, new() { Name = "Write a communique" })).ToHaveCountAsync(0);
        await Assertions.Expect(spectator.CommuniqueItem("A secret letter to Bangkok")).ToHaveCountAsync(0);

        await spectator.CommuniqueItem("An open letter to Bangkok").ClickAsync();
        await Assertions.Expect(spectator.GetByTestId("letter-body").Locator("strong")).ToHaveTextAsync("welcomes");
        await Assertions.Expect(spectator.Locator("form.answer")).ToHaveCountAsync(0);
    }
}
