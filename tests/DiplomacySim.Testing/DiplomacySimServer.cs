using DiplomacySim.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace DiplomacySim.Testing;

/// <summary>
/// The real server, in process, on a fresh PostgreSQL database holding the tests' own world
/// (<see cref="TestWorld"/>), loaded as the demo game. Start it with <see cref="InitializeAsync"/>
/// (xunit does, for class fixtures).
/// </summary>
public class DiplomacySimServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "diplomacy";

    private readonly string? sharedDatabase;
    private readonly string? redis;

    public DiplomacySimServer()
    {
    }

    /// <summary>
    /// Another instance of a scaled-out server: on <paramref name="sharedDatabase"/> (which its owner
    /// drops) when given, and joined to the others through <paramref name="redis"/> when given.
    /// </summary>
    protected DiplomacySimServer(string? sharedDatabase, string? redis)
    {
        this.sharedDatabase = sharedDatabase;
        this.redis = redis;
    }

    public string ConnectionString { get; private set; } = "";

    public virtual async Task InitializeAsync()
    {
        ConnectionString = sharedDatabase ?? await TestPostgres.CreateDatabaseAsync();
        // Building the host runs migrations and seeds the test world as the demo game, as a real start does.
        StartHost();
    }

    /// <summary>Starts the host: the in-memory test server here; a real port where a subclass needs one.</summary>
    protected virtual void StartHost() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Scenarios:Directory", TestWorld.SeedsDirectory);
        builder.UseSetting("Demo:Scenario", TestWorld.Slug);
        builder.UseSetting("Demo:Password", DemoPassword);
        if (redis is not null)
            builder.UseSetting("Redis:ConnectionString", redis);
    }

    /// <summary>A client with no token.</summary>
    public DiplomacySimClient Anonymous() => new(CreateClient());

    /// <summary>A client signed in as one of the test world's accounts.</summary>
    public async Task<DiplomacySimClient> SignInAsync(string userName)
    {
        var client = new DiplomacySimClient(CreateClient());
        await client.LoginAsync(userName, DemoPassword);
        return client;
    }

    /// <summary>A hub connection to this server over a real WebSocket of the test host, not yet joined.</summary>
    public GameEventStream EventStream(string accessToken) =>
        new(Server.BaseAddress, accessToken, options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
            options.WebSocketFactory = async (context, cancellationToken) =>
            {
                // A custom factory sends no token by itself: add it as SignalR's own does.
                var webSocket = Server.CreateWebSocketClient();
                webSocket.ConfigureRequest = request => request.Headers.Authorization = $"Bearer {accessToken}";
                return await webSocket.ConnectAsync(context.Uri, cancellationToken);
            };
        });

    /// <summary>An account of the test world watching its game from <paramref name="afterSeq"/>.</summary>
    public async Task<GameEventStream> WatchAsync(string userName, long afterSeq = 0)
    {
        var client = await SignInAsync(userName);
        var stream = EventStream(client.AccessToken!);
        await stream.JoinAsync(TestWorld.Slug, afterSeq);
        return stream;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (sharedDatabase is null && ConnectionString.Length > 0)
            await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}

/// <summary>One instance of a server scaled out over a shared database and Redis.</summary>
public sealed class ScaledOutInstance(string? sharedDatabase) : DiplomacySimServer(sharedDatabase, TestRedis.ConnectionString);
