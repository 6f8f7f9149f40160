using System.Net;
using DiplomacySim.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// The embedded default: with nothing configured but where its file goes, the server makes its
/// SQLite database in an empty folder, migrates it and serves the demo world.
/// </summary>
public sealed class SqliteDefaultTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "diplomacysim-smoke-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EmptyFolder_StartsAndServesTheDemoWorld()
    {
        var file = Path.Combine(_folder, "App_Data", "diplomacysim.db");
        await using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Sqlite", $"Data Source={file}");
        });
        var client = new DiplomacySimClient(server.CreateClient());

        await client.LoginAsync("vnm.mfa", "diplomacy");
        var world = await client.GetGameAsync("rus-vnm-2018");

        File.Exists(file).ShouldBeTrue();
        world.Installations.ShouldContain(i => i.Name == "Cam Ranh Base");
        (await server.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
