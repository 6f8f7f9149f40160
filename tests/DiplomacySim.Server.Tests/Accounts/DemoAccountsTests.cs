using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace DiplomacySim.Server.Tests.Accounts;

/// <summary>The sign-in page advertises the demo's accounts only when the server runs the demo.</summary>
public sealed class DemoAccountsTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private sealed record DemoAccounts(bool Enabled, IReadOnlyList<string> Accounts, string? Password);

    [Fact]
    public async Task WithTheDemoOn_ItsAccountsAndDocumentedPasswordAreGiven_WithoutSigningIn()
    {
        var demo = await server.CreateClient().GetFromJsonAsync<DemoAccounts>("/api/auth/demo");

        demo!.Enabled.ShouldBeTrue();
        demo.Accounts.ShouldContain("gm");
        demo.Accounts.ShouldContain("spectator");
        demo.Password.ShouldBe(DiplomacySimServer.DemoPassword);
    }

    [Fact]
    public async Task WithTheDemoOff_NothingIsAdvertised()
    {
        IAsyncLifetime production = new DemoOff();
        await production.InitializeAsync();
        try
        {
            var demo = await ((DemoOff)production).CreateClient().GetFromJsonAsync<DemoAccounts>("/api/auth/demo");

            demo!.Enabled.ShouldBeFalse();
            demo.Accounts.ShouldBeEmpty();
            demo.Password.ShouldBeNull();
        }
        finally
        {
            await production.DisposeAsync();
        }
    }

    private sealed class DemoOff : DiplomacySimServer
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Enabled", "false");
        }
    }
}
