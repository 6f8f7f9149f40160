using System.Diagnostics;
using DiplomacySim.Testing;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// docs/examples/walkthrough.sh, run as a reader runs it, against the built server playing the demo on
/// PostgreSQL: so the walkthrough and its letter.json stay true to the API.
/// </summary>
public sealed class WalkthroughScriptTests : IAsyncLifetime
{
    private string database = "";
    private ServerProcess server = null!;

    public async Task InitializeAsync()
    {
        database = await TestPostgres.CreateDatabaseAsync();
        server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = database,
            ["Demo__Enabled"] = "true",
        });
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(database);
    }

    [Fact]
    public async Task TheWalkthrough_PlaysTheSampleLetterToAgreementsInForce_AndThirdNationsSeeNone()
    {
        var script = Repository.PathOf("docs", "examples", "walkthrough.sh");
        var start = new ProcessStartInfo("bash", [script, server.Address.ToString().TrimEnd('/')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var walk = Process.Start(start)!;
        var output = walk.StandardOutput.ReadToEndAsync();
        var errors = walk.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await walk.WaitForExitAsync(patience.Token);
        var said = await output + await errors;

        walk.ExitCode.ShouldBe(0, said);
        said.ShouldContain("violations: []");
        said.ShouldContain("the letter's clauses now: countered, accepted, accepted, accepted");
        said.ShouldContain("agreements: ");
        foreach (var kind in new[] { "basingRights", "protectingPower", "tradeAgreement", "delegationVisit" })
            said.ShouldContain($"{kind} inForce");
        // The counter-proposal's ceiling is what is stationed, between the two bases.
        said.ShouldContain("Foreign personnel at Viet Nam's bases: Cam Ranh Base 5333, Đà Nẵng Air Base 2667");
        said.ShouldContain("China, a third nation, sees of it: 0 agreements");
        server.Failures.ShouldBeEmpty(server.Log);
    }
}
