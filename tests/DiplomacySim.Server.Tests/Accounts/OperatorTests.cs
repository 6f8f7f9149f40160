using System.Net;
using System.Net.Http.Json;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Server.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacySim.Server.Tests.Accounts;

/// <summary>A server with registration closed and no operator yet: only the setup code registers, once.</summary>
public sealed class OperatorTests(OperatorTests.ClosedServer server) : IClassFixture<OperatorTests.ClosedServer>
{
    private const string Password = RegistrationTests.GoodPassword;

    public sealed class ClosedServer : DiplomacySimServer
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:OpenRegistration", "false");
        }
    }

    [Fact]
    public async Task ClosedRegistration_Is403RegistrationClosed()
    {
        var error = await Should.ThrowAsync<DiplomacySimApiException>(() =>
            server.Anonymous().RegisterAsync(new RegisterRequest("walk.in", Password, "Walk-in")));

        error.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        error.Code.ShouldBe("REGISTRATION_CLOSED");
    }

    [Fact]
    public async Task TheSetupCode_MakesOneOperator_AndIsThenGone()
    {
        var setup = server.Services.GetRequiredService<OperatorSetup>();
        var code = setup.Code.ShouldNotBeNull("a database without an operator gets a setup code at start-up");

        var wrong = await Should.ThrowAsync<DiplomacySimApiException>(() =>
            server.Anonymous().RegisterAsync(new RegisterRequest("guesser", Password, "Guesser", "0000-0000-0000-0000-0000-0000")));
        // A refused registration (a weak password) leaves the code for the next try.
        var weak = await Should.ThrowAsync<DiplomacySimApiException>(() =>
            server.Anonymous().RegisterAsync(new RegisterRequest("operator", "weak", "The Operator", code)));
        setup.Code.ShouldBe(code);
        var first = server.Anonymous();
        await first.RegisterAsync(new RegisterRequest("operator", Password, "The Operator", code.ToLowerInvariant()));
        await first.LoginAsync("operator", Password);
        var again = await Should.ThrowAsync<DiplomacySimApiException>(() =>
            server.Anonymous().RegisterAsync(new RegisterRequest("second", Password, "Second", code)));

        wrong.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        wrong.Code.ShouldBe("SETUP_CODE_NOT_VALID");
        weak.Errors.Keys.ShouldBe(["password"]);
        (await first.GetMeAsync()).ShouldBe(new Me("operator", "The Operator", IsOperator: true));
        again.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        again.Code.ShouldBe("SETUP_CODE_NOT_VALID");
        setup.Code.ShouldBeNull();
        await Should.ThrowAsync<DiplomacySimApiException>(() => server.Anonymous().LoginAsync("second", Password));
    }
}

/// <summary>Operators named in <c>Accounts:Operators</c>: no setup code, and <c>isOperator</c> from the configuration.</summary>
public sealed class ConfiguredOperatorTests(ConfiguredOperatorTests.WithOperators server) : IClassFixture<ConfiguredOperatorTests.WithOperators>
{
    public sealed class WithOperators : DiplomacySimServer
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Accounts:Operators:0", "gm");
            builder.UseSetting("Games:CreationPolicy", "operators");
        }
    }

    [Fact]
    public async Task AConfiguredOperator_IsOne_AndNoSetupCodeIsMade()
    {
        var gm = await server.SignInAsync("gm");
        var player = await server.SignInAsync("rus.mfa");

        (await gm.GetMeAsync()).IsOperator.ShouldBeTrue();
        (await player.GetMeAsync()).IsOperator.ShouldBeFalse();
        server.Services.GetRequiredService<OperatorSetup>().Code.ShouldBeNull();
    }

    [Fact]
    public async Task WithCreationForOperators_OnlyTheyMayCreateCampaigns()
    {
        var gm = await server.SignInAsync("gm");
        var player = await server.SignInAsync("rus.mfa");

        using var refused = await CreateAsync(player.AccessToken!, "players-campaign");
        using var created = await CreateAsync(gm.AccessToken!, "operators-campaign");

        refused.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("OPERATORS_ONLY");
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.GameDbContext>();
        (await db.Games.CountAsync(g => g.Slug == "players-campaign")).ShouldBe(0);
    }

    private async Task<HttpResponseMessage> CreateAsync(string token, string slug)
    {
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await http.PostAsJsonAsync("/api/games", new { title = "A campaign", slug });
    }
}
