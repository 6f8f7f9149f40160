using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Browser.Tests;

/// <summary>
/// Pictures of the three desks on a scene set through the API, saved to artifacts/screenshots
/// (README shows the copies in docs/screenshots).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Subject = "Confidential: Diplomatic Relations";

    [Fact]
    public async Task EachDesk_IsPhotographedWithItsContent()
    {
        await SetTheSceneAsync();

        var rus = await Browser.SignInAsync("rus.mfa");
        await rus.Cell("RUS", "VNM").ClickAsync();
        await Assertions.Expect(rus.GetByTestId("history-chart")).ToBeVisibleAsync();
        await SaveAsync(rus, "relations.png");

        var vnm = await Browser.SignInAsync("vnm.mfa", $"/games/{Ui.Game}/desk");
        await vnm.CommuniqueItem(Subject).ClickAsync();
        await Assertions.Expect(vnm.GetByRole(AriaRole.Heading, new() { Name = "Answer clause by clause" })).ToBeVisibleAsync();
        await SaveAsync(vnm, "desk-reading.png");

        var world = await (await Browser.Server.ApiAsAsync("rus.mfa")).GetGameAsync(Ui.Game);
        var clause = await rus.StartLetterAsync(world.Ministry("VNM"), "Basing at U-Tapao", "Moscow asks for [b]access[/b].", "basingRights");
        await clause.FillBasingAsync("U-Tapao Royal Thai Navy Airfield", peacetime: 500, emergency: 1_000);
        await Assertions.Expect(clause.Locator("[data-code=INSTALLATION_NOT_IN_RECIPIENT_TERRITORY]")).ToBeVisibleAsync();
        await SaveAsync(rus, "desk-compose.png");

        var gm = await Browser.SignInAsync("gm", $"/games/{Ui.Game}/gm");
        await Assertions.Expect(gm.GetByTestId("agreement").First).ToBeVisibleAsync();
        await SaveAsync(gm, "gm-desk.png");

        var phone = await Browser.SignInAsync("vnm.mfa", width: 390, height: 844);
        await Assertions.Expect(phone.Cell("VNM", "RUS")).ToBeVisibleAsync();
        await SaveAsync(phone, "relations-phone.png");

        var spectator = await Browser.SignInAsync("spectator", $"/games/{Ui.Game}/desk");
        await spectator.CommuniqueItem("Refuelling in the South China Sea").Filter(new() { HasNotText = "Re:" }).ClickAsync();
        await Assertions.Expect(spectator.GetByTestId("letter")).ToBeVisibleAsync();
        await SaveAsync(spectator, "reading-room.png");
    }

    [Fact]
    public async Task TheCampaignPages_ArePhotographed()
    {
        const string Slug = "pictures-season";
        await Browser.Server.CampaignAsync("pictures.host", Slug, "Pacific Realignment, season 2", visibility: "public", joinPolicy: "application");
        await Browser.Server.CampaignAsync("pictures.neighbour", "pictures-neighbour", "Cold Peace, a forum season", visibility: "public", joinPolicy: "open");
        await Browser.Server.AccountAsync("pictures.hanoi", "Hanoi's desk");
        await Browser.Server.AccountAsync("pictures.bangkok", "Bangkok's desk");
        var host = await Browser.Server.ApiAsAsync("pictures.host");
        var (hanoi, bangkok) = (await Browser.Server.ApiAsAsync("pictures.hanoi"), await Browser.Server.ApiAsAsync("pictures.bangkok"));
        await hanoi.JoinGameAsync(Slug);
        await bangkok.JoinGameAsync(Slug);
        var seated = await bangkok.SubmitClaimAsync(Slug, new ClaimRequest("THA", ["foreignAffairs"], "Bangkok, as last season."));
        await host.ApproveClaimAsync(Slug, seated.Id, note: "Welcome back.");
        await hanoi.SubmitClaimAsync(Slug, new ClaimRequest("VNM", ["foreignAffairs", "defence"], "I wrote Hanoi's letters in season 1 and would keep both desks."));
        await host.SetClaimStatusAsync(Slug, "CHN", "reserved");
        await host.CreateInvitationAsync(Slug, new InvitationRequest("player", 7, 1, "RUS"));

        var gm = await Browser.SignInAsync("pictures.host", "/");
        await Assertions.Expect(gm.GetByRole(AriaRole.List, new() { Name = "My campaigns" })).ToContainTextAsync("Pacific Realignment, season 2");
        await SaveAsync(gm, "campaigns.png");

        await gm.GotoAsync("/campaigns/new");
        await Assertions.Expect(gm.GetByRole(AriaRole.Heading, new() { Name = "Start a campaign" })).ToBeVisibleAsync();
        await Assertions.Expect(gm.GetByText("Loading the templates…")).ToHaveCountAsync(0);
        await SaveAsync(gm, "campaign-new.png");

        await gm.GotoAsync($"/games/{Slug}/gm");
        var people = gm.GetByRole(AriaRole.Region, new() { Name = "People" });
        await Assertions.Expect(people.GetByTestId("pending-claim")).ToBeVisibleAsync();
        await Assertions.Expect(people.GetByTestId("member").Filter(new() { HasText = "Bangkok's desk" })).ToBeVisibleAsync();
        await Assertions.Expect(people.GetByTestId("invitation")).ToBeVisibleAsync();
        var path = Path.Combine(Artifacts.Screenshots, "gm-people.png");
        await people.ScreenshotAsync(new() { Path = path });
        new FileInfo(path).Length.ShouldBeGreaterThan(10_000);

        var claimant = await Browser.SignInAsync("pictures.hanoi", "/");
        await claimant.GotoAsync($"/games/{Slug}/claims");
        await Assertions.Expect(claimant.GetByTestId("my-claim")).ToContainTextAsync("Pending");
        await Assertions.Expect(claimant.GetByTestId("nation").Filter(new() { HasText = "Kingdom of Thailand" })).ToContainTextAsync("Bangkok's desk");
        await claimant.GetByLabel("Nation to claim").SelectOptionAsync("RUS");
        await SaveAsync(claimant, "claims.png");
    }

    /// <summary>The reference letter's basing and visit requests, one accepted, one ratified letter earlier, a month on the clock.</summary>
    private async Task SetTheSceneAsync()
    {
        var (rus, vnm, gm) = (await Browser.Server.ApiAsAsync("rus.mfa"), await Browser.Server.ApiAsAsync("vnm.mfa"), await Browser.Server.ApiAsAsync("gm"));
        var world = await rus.GetGameAsync(Ui.Game);
        var (fromRus, toVnm) = (world.Ministry("RUS"), world.Ministry("VNM"));

        var first = await rus.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(fromRus, toVnm, "Refuelling in the South China Sea", Classification.Public,
            "Moscow asks for the continued use of Vietnamese ports.", [new RefuelingRightsClause([RefuelingAsset.Naval], "the South China Sea", [])]));
        await vnm.RespondAsync(Ui.Game, first.Id, new ResponseDraft(toVnm, "Agreed.", [new ClauseResponse(0, Decision.Accept)]));
        await gm.AdvanceClockAsync(Ui.Game, 30);

        await rus.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(fromRus, toVnm, Subject, Classification.Secret, """
            [b]Secure and Encrypted[/b]

            The Minister of Foreign Affairs of the Russian Federation presents his compliments to the Ministry of Foreign Affairs of the Socialist Republic of Viet Nam and asks:
            [list]
            [*]access to Yên Bái Air Base and Biên Hòa Air Base for SIGINT and ELINT assets;
            [*]a visit to Hanoi by a Deputy Prime Minister with a trade delegation.
            [/list]
            [quote=Hanoi, 2012]comprehensive strategic partnership[/quote]
            """,
            [
                new BasingRightsClause([world.Installation("Yên Bái Air Base"), world.Installation("Biên Hòa Air Base")], 5_000, 15_000,
                    [BasingCapability.Sigint, BasingCapability.Elint], null),
                new DelegationVisitClause("Deputy Prime Minister of the Russian Federation", 40, "Hanoi", new DateOnly(2018, 12, 12)),
            ]));
        var other = await rus.SendCommuniqueAsync(Ui.Game, new CommuniqueDraft(fromRus, toVnm, "Access to An Thới", Classification.Confidential,
            "A naval presence at An Thới.", [new BasingRightsClause([world.Installation("An Thới Naval Base")], 1_000, 2_000, [BasingCapability.NavalPresence], 10)]));
        await vnm.RespondAsync(Ui.Game, other.Id, new ResponseDraft(toVnm, "Hanoi agrees, subject to ratification.", [new ClauseResponse(0, Decision.Accept)]));
    }

    private static async Task SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Artifacts.Screenshots, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        new FileInfo(path).Length.ShouldBeGreaterThan(10_000);
    }
}
