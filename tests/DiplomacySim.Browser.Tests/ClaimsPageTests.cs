using DiplomacySim.Client.Contracts;

namespace DiplomacySim.Browser.Tests;

/// <summary>
/// Claims of seats in the browser: a member claims a nation on the claims page, the GM approves or
/// denies it from the queue on the GM desk, and the claimant sees the outcome live; a nation's claim
/// status set on the GM desk refuses a claim or seats it at once; a refusal beside its field in words;
/// a holder resigning and a foreign minister giving a ministry of their cabinet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClaimsPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Vietnam = "Socialist Republic of Viet Nam";
    private const string ForeignMinistry = "Ministry of Foreign Affairs of the Socialist Republic of Viet Nam";
    private const string DefenceMinistry = "Ministry of National Defence of the Socialist Republic of Viet Nam";

    [Fact]
    public async Task AClaim_WaitsForTheGm_WhoApprovesOneAndDeniesAnother_AndTheClaimantSeesBothLive()
    {
        await Browser.Server.CampaignAsync("claims.host", "claims-season", "Claims season", visibility: "public", joinPolicy: "application");
        await Browser.Server.AccountAsync("claims.player", "Hanoi's desk");
        await (await Browser.Server.ApiAsAsync("claims.player")).JoinGameAsync("claims-season");
        var gm = await Browser.SignInAsync("claims.host", "/");
        await gm.GotoAsync("/games/claims-season/gm");
        // A public campaign opens to visitors without asking to sign in: sign in on the front page first.
        var player = await Browser.SignInAsync("claims.player", "/");
        await player.GotoAsync("/games/claims-season/relations");

        await player.OpenAsync("Claims");
        var vietnam = player.GetByTestId("nation").Filter(new() { HasText = Vietnam });
        await Assertions.Expect(vietnam).ToContainTextAsync("Open");
        await Assertions.Expect(vietnam).ToContainTextAsync($"{ForeignMinistry} — Vacant");

        await player.GetByLabel("Nation to claim").SelectOptionAsync("VNM");
        await Assertions.Expect(player.GetByLabel("Nation to claim")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("A game master decides on a claim."));
        await Assertions.Expect(player.GetByLabel(DefenceMinistry, new() { Exact = true })).ToBeEnabledAsync();
        await player.GetByLabel(ForeignMinistry, new() { Exact = true }).CheckAsync();
        await player.GetByLabel("Note to the game masters").FillAsync("I write Hanoi's letters on the forum.");
        await player.GetByRole(AriaRole.Button, new() { Name = "Submit the claim" }).ClickAsync();
        var myClaims = player.GetByTestId("my-claim");
        await Assertions.Expect(myClaims).ToHaveCountAsync(1);
        await Assertions.Expect(myClaims).ToContainTextAsync("Pending");

        // The GM's queue shows it without a reload, the ministry asked for ticked.
        var card = gm.GetByRole(AriaRole.Article, new() { Name = $"Hanoi's desk claims {Vietnam}" });
        await Assertions.Expect(card).ToContainTextAsync("less than an hour ago");
        await Assertions.Expect(card).ToContainTextAsync("Ministries wanted: Foreign affairs");
        await Assertions.Expect(card).ToContainTextAsync("I write Hanoi's letters on the forum.");
        await Assertions.Expect(card.GetByLabel(ForeignMinistry, new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(card.GetByLabel(DefenceMinistry, new() { Exact = true })).Not.ToBeCheckedAsync();
        await card.GetByLabel("Note to the claimant").FillAsync("Welcome to Hanoi.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(card).ToHaveCountAsync(0);

        // The claimant reads the outcome live, is a player now, and holds the ministry.
        await Assertions.Expect(myClaims).ToContainTextAsync("Approved by claims.host");
        await Assertions.Expect(myClaims).ToContainTextAsync("Welcome to Hanoi.");
        await Assertions.Expect(player.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "My desk" })).ToBeVisibleAsync();
        await Assertions.Expect(vietnam).ToContainTextAsync($"{ForeignMinistry} — You");

        // A second claim of the nation waits; a third while it waits is refused beside the nation, in words.
        await player.GetByLabel("Nation to claim").SelectOptionAsync("VNM");
        await Assertions.Expect(player.GetByLabel($"{ForeignMinistry} (held)", new() { Exact = true })).ToBeDisabledAsync();
        await player.GetByLabel(DefenceMinistry, new() { Exact = true }).CheckAsync();
        await player.GetByRole(AriaRole.Button, new() { Name = "Submit the claim" }).ClickAsync();
        await Assertions.Expect(myClaims.Filter(new() { HasText = "Pending" })).ToHaveCountAsync(1);
        await player.GetByRole(AriaRole.Button, new() { Name = "Submit the claim" }).ClickAsync();
        var nationErrors = player.GetByTestId("errors-claim-nation");
        await Assertions.Expect(nationErrors).ToContainTextAsync("You already have a claim of this nation waiting");
        await Assertions.Expect(nationErrors).ToContainTextAsync("CLAIM_PENDING");

        // The GM denies it: a reason is asked for first.
        var second = gm.GetByRole(AriaRole.Article, new() { Name = $"Hanoi's desk claims {Vietnam}" });
        await Assertions.Expect(second).ToContainTextAsync("Ministries wanted: Defence");
        await second.GetByRole(AriaRole.Button, new() { Name = "Deny" }).ClickAsync();
        await Assertions.Expect(second).ToContainTextAsync("Give a reason: the claimant reads it.");
        await second.GetByLabel("Reason for denying").FillAsync("One ministry each until the season starts.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Deny" }).ClickAsync();
        await Assertions.Expect(second).ToHaveCountAsync(0);

        var denied = myClaims.Filter(new() { HasText = "Denied" });
        await Assertions.Expect(denied).ToContainTextAsync("Reason: One ministry each until the season starts.");

        // Decided claims are folded away below the queue.
        var decided = gm.GetByTestId("decided-claim");
        await Assertions.Expect(decided.First).ToBeHiddenAsync();
        await gm.GetByText("Decided claims (2)").ClickAsync();
        await Assertions.Expect(decided).ToHaveCountAsync(2);
        await Assertions.Expect(decided.Filter(new() { HasText = "Denied" })).ToContainTextAsync("One ministry each until the season starts.");

        // The audit trail words both, filtered by the nation.
        await gm.GetByLabel("Nation", new() { Exact = true }).SelectOptionAsync("VNM");
        await Assertions.Expect(gm.GetByRole(AriaRole.Region, new() { Name = "Audit trail" })).ToContainTextAsync("claims.player's claim of VNM: denied by claims.host");
    }

    [Fact]
    public async Task ANationsClaimStatus_SetOnTheGmDesk_RefusesAClaim_ThenSeatsOneAtOnce()
    {
        await Browser.Server.CampaignAsync("status.host", "status-season", "Status season", visibility: "public", joinPolicy: "open");
        await Browser.Server.AccountAsync("status.player", "Bangkok's desk");
        await (await Browser.Server.ApiAsAsync("status.player")).JoinGameAsync("status-season");
        var player = await Browser.SignInAsync("status.player", "/");
        await player.GotoAsync("/games/status-season/claims");
        var gm = await Browser.SignInAsync("status.host", "/");
        await gm.GotoAsync("/games/status-season/gm");
        var thailand = player.GetByTestId("nation").Filter(new() { HasText = "Kingdom of Thailand" });
        await Assertions.Expect(thailand).ToContainTextAsync("Open");

        await gm.GetByLabel("Claims of Kingdom of Thailand").SelectOptionAsync("reserved");
        await Assertions.Expect(gm.GetByRole(AriaRole.Status).Filter(new() { HasText = "Kingdom of Thailand: Reserved." })).ToBeVisibleAsync();
        await Assertions.Expect(thailand).ToContainTextAsync("Reserved");

        await player.GetByLabel("Nation to claim").SelectOptionAsync("THA");
        await player.GetByRole(AriaRole.Button, new() { Name = "Submit the claim" }).ClickAsync();
        var nationErrors = player.GetByTestId("errors-claim-nation");
        await Assertions.Expect(nationErrors).ToContainTextAsync("This nation is reserved");
        await Assertions.Expect(nationErrors).ToContainTextAsync("NATION_RESERVED");

        await gm.GetByLabel("Claims of Kingdom of Thailand").SelectOptionAsync("open");
        await Assertions.Expect(thailand).ToContainTextAsync("Open");
        await Assertions.Expect(player.GetByLabel("Nation to claim")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Claims: Open. A claim seats you at once."));

        // An open nation of a campaign open to anyone: seated at once, and the desk opens.
        await player.GetByLabel("Ministry of Foreign Affairs of the Kingdom of Thailand", new() { Exact = true }).CheckAsync();
        await player.GetByRole(AriaRole.Button, new() { Name = "Submit the claim" }).ClickAsync();
        await Assertions.Expect(player.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your claim of Kingdom of Thailand was approved at once: you are now seated." })).ToBeVisibleAsync();
        await Assertions.Expect(thailand).ToContainTextAsync("Ministry of Foreign Affairs of the Kingdom of Thailand — You");
        await Assertions.Expect(player.GetByTestId("my-claim")).ToContainTextAsync("Approved at once by the campaign's rules");
        await player.GetByRole(AriaRole.Link, new() { Name = "Open my desk" }).ClickAsync();
        await Assertions.Expect(player.GetByRole(AriaRole.Heading, new() { Name = "My desk" })).ToBeVisibleAsync();
        await Assertions.Expect(player.Locator("main")).ToContainTextAsync("You hold: Ministry of Foreign Affairs of the Kingdom of Thailand.");
    }

    [Fact]
    public async Task TheForeignMinister_GivesACabinetSeat_WhichItsHolderResigns()
    {
        await Browser.Server.CampaignAsync("cabinet.host", "cabinet-season", "Cabinet season");
        await Browser.Server.AccountAsync("cabinet.fm", "Hanoi FM");
        await Browser.Server.AccountAsync("cabinet.aide", "Hanoi aide");
        var host = await Browser.Server.ApiAsAsync("cabinet.host");
        var seat = await host.CreateInvitationAsync("cabinet-season", new InvitationRequest("player", 7, 1, "VNM"));
        await (await Browser.Server.ApiAsAsync("cabinet.fm")).AcceptInvitationAsync(seat.Code);
        var reader = await host.CreateInvitationAsync("cabinet-season", new InvitationRequest("spectator", 7, 1));
        await (await Browser.Server.ApiAsAsync("cabinet.aide")).AcceptInvitationAsync(reader.Code);

        // By invitation only, an open nation takes no claims: said beside the nation.
        var aide = await Browser.SignInAsync("cabinet.aide", "/games/cabinet-season/claims");
        aide.AcceptDialogs();
        await aide.GetByLabel("Nation to claim").SelectOptionAsync("RUS");
        await aide.GetByRole(AriaRole.Button, new() { Name = "Submit the claim" }).ClickAsync();
        await Assertions.Expect(aide.GetByTestId("errors-claim-nation")).ToContainTextAsync("only a nation marked “Application only” can be claimed");
        await Assertions.Expect(aide.GetByTestId("errors-claim-nation")).ToContainTextAsync("NATION_APPLICATION_ONLY");

        // The foreign minister gives the defence ministry to the aide, from the Cabinet.
        var fm = await Browser.SignInAsync("cabinet.fm", "/games/cabinet-season/claims");
        var cabinet = fm.GetByRole(AriaRole.Region, new() { Name = "Cabinet" });
        await cabinet.GetByLabel($"Give {DefenceMinistry} to").SelectOptionAsync(new SelectOptionValue { Label = "Hanoi aide" });
        await cabinet.GetByRole(AriaRole.Button, new() { Name = $"Give {DefenceMinistry}", Exact = true }).ClickAsync();
        await Assertions.Expect(fm.GetByTestId("nation").Filter(new() { HasText = Vietnam })).ToContainTextAsync($"{DefenceMinistry} — Hanoi aide");
        await Assertions.Expect(cabinet).Not.ToContainTextAsync(DefenceMinistry);

        // The aide, a player now, holds it and resigns it; it falls vacant for both.
        var vietnam = aide.GetByTestId("nation").Filter(new() { HasText = Vietnam });
        await Assertions.Expect(vietnam).ToContainTextAsync($"{DefenceMinistry} — You");
        await Assertions.Expect(aide.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "My desk" })).ToBeVisibleAsync();
        await Assertions.Expect(aide.GetByRole(AriaRole.Region, new() { Name = "Cabinet" })).ToHaveCountAsync(0);
        await aide.GetByRole(AriaRole.Button, new() { Name = $"Resign {DefenceMinistry}" }).ClickAsync();
        await Assertions.Expect(vietnam).ToContainTextAsync($"{DefenceMinistry} — Vacant");
        await Assertions.Expect(fm.GetByTestId("nation").Filter(new() { HasText = Vietnam })).ToContainTextAsync($"{DefenceMinistry} — Vacant");
        await Assertions.Expect(cabinet).ToContainTextAsync(DefenceMinistry);
    }
}
