namespace DiplomacySim.Browser.Tests;

/// <summary>
/// The GM desk's campaign settings, invitation links and members: a link made, copied and followed by
/// another user, who appears in the members list live; a ministry given, vacated; the member removed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CampaignMembersTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string ForeignMinistry = "Ministry of Foreign Affairs of the Socialist Republic of Viet Nam";
    private const string DefenceMinistry = "Ministry of National Defence of the Socialist Republic of Viet Nam";

    [Fact]
    public async Task AnInvitationLink_BringsAPlayerIn_WhoIsSeatedAndRemovedFromTheMembersList()
    {
        await Browser.Server.CampaignAsync("members.host", "members-season", "Members season");
        await Browser.Server.AccountAsync("members.player", "Hanoi's desk");
        var gm = await Browser.SignInAsync("members.host", "/games/members-season/gm");
        await gm.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        gm.AcceptDialogs();

        await gm.GetByLabel("Invite as").SelectOptionAsync("player");
        await gm.GetByLabel("Nation to seat them in").SelectOptionAsync("VNM");
        await gm.GetByLabel("Valid for (days)").FillAsync("3");
        await gm.GetByRole(AriaRole.Button, new() { Name = "Make an invitation link" }).ClickAsync();
        var row = gm.GetByTestId("invitation").First;
        await Assertions.Expect(row).ToContainTextAsync("0 of 1 · 1 left");
        await Assertions.Expect(row).ToContainTextAsync("Valid");
        var url = await row.GetByLabel("Invitation link").InputValueAsync();
        url.ShouldContain("/join/");
        await row.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Copied.");
        (await gm.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(url);

        // Another user follows the link in their own browser; the GM's list shows them without a reload.
        var player = await Browser.SignInAsync("members.player", new Uri(url).AbsolutePath);
        await player.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await player.WaitForURLAsync("**/games/members-season/relations");
        var member = gm.GetByTestId("member").Filter(new() { HasText = "Hanoi's desk" });
        await Assertions.Expect(member).ToContainTextAsync(ForeignMinistry);
        await Assertions.Expect(member).ToContainTextAsync("Player");
        await Assertions.Expect(row).ToContainTextAsync("Used up");

        await member.GetByLabel("Ministry to give Hanoi's desk").SelectOptionAsync(new SelectOptionValue { Label = $"Socialist Republic of Viet Nam: {DefenceMinistry}" });
        await member.GetByRole(AriaRole.Button, new() { Name = "Give the ministry to Hanoi's desk" }).ClickAsync();
        var held = member.GetByRole(AriaRole.List, new() { Name = "Ministries held by Hanoi's desk" });
        await Assertions.Expect(held).ToContainTextAsync(DefenceMinistry);

        await held.GetByRole(AriaRole.Button, new() { Name = $"Vacate {DefenceMinistry}" }).ClickAsync();
        await Assertions.Expect(held).Not.ToContainTextAsync(DefenceMinistry);
        await Assertions.Expect(held).ToContainTextAsync(ForeignMinistry);

        await member.GetByRole(AriaRole.Button, new() { Name = "Remove Hanoi's desk" }).ClickAsync();
        await Assertions.Expect(member).ToHaveCountAsync(0);

        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Revoked");
    }

    [Fact]
    public async Task TheSettings_ChangeTheListing_AndTheHeaderFollows()
    {
        await Browser.Server.CampaignAsync("settings.host", "settings-season", "Settings season");
        var gm = await Browser.SignInAsync("settings.host", "/games/settings-season/gm");

        await gm.GetByLabel("Campaign title").FillAsync("Settings season, renamed");
        await gm.GetByLabel("Campaign description").FillAsync("Now open to the forum.");
        await gm.GetByLabel("Who may read it").SelectOptionAsync("public");
        await gm.GetByLabel("How players join").SelectOptionAsync("open");
        await gm.GetByRole(AriaRole.Button, new() { Name = "Save the settings" }).ClickAsync();

        await Assertions.Expect(gm.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
        await Assertions.Expect(gm.GetByRole(AriaRole.Navigation)).ToContainTextAsync("Settings season, renamed");

        await gm.GetByLabel("Campaign title").FillAsync(" ");
        await gm.GetByRole(AriaRole.Button, new() { Name = "Save the settings" }).ClickAsync();
        await Assertions.Expect(gm.GetByTestId("errors-settings-title")).ToContainTextAsync("cannot be blank");

        await gm.GetByRole(AriaRole.Link, new() { Name = "DiplomacySim" }).ClickAsync();
        var listed = gm.GetByRole(AriaRole.List, new() { Name = "My campaigns" }).GetByRole(AriaRole.Listitem, new() { Name = "Settings season, renamed" });
        await Assertions.Expect(listed).ToContainTextAsync("Now open to the forum.");
        await Assertions.Expect(listed).ToContainTextAsync("Public · Open to anyone");
    }
}
