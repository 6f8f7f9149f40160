using DiplomacySim.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DiplomacySim.Testing;

/// <summary>
/// The real server, in process, on a fresh PostgreSQL database holding the demo scenario. Start it
/// with <see cref="InitializeAsync"/> (xunit does, for class fixtures).
/// </summary>
public class DiplomacySimServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "diplomacy";

    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync();
        // Building the host runs migrations and the demo seed, as a real start does.
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
    }

    /// <summary>A client with no token.</summary>
    public DiplomacySimClient Anonymous() => new(CreateClient());

    /// <summary>A client signed in as one of the demo accounts.</summary>
    public async Task<DiplomacySimClient> SignInAsync(string userName)
    {
        var client = new DiplomacySimClient(CreateClient());
        await client.LoginAsync(userName, DemoPassword);
        return client;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (ConnectionString.Length > 0)
            await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}
