using Npgsql;

namespace DiplomacySim.Harness.Running;

/// <summary>What every drill and benchmark shares: the options, a database of the run's own, and servers to start.</summary>
public sealed class HarnessContext(HarnessOptions options, string database, string workDirectory) : IAsyncDisposable
{
    private readonly List<ServerProcess> servers = [];

    public HarnessOptions Options { get; } = options;

    /// <summary>The run's database, which every server of the run shares (so a restarted server finds its data).</summary>
    public string Database { get; } = database;

    public string WorkDirectory { get; } = workDirectory;

    /// <summary>Starts a server on the run's database (or <paramref name="database"/>), stopped when the run ends.</summary>
    public async Task<ServerProcess> StartServerAsync(IReadOnlyDictionary<string, string>? settings = null, string? database = null, TimeSpan? patience = null)
    {
        var server = new ServerProcess(Options.ServerDll, database ?? Database, WorkDirectory, settings);
        servers.Add(server);
        await server.StartAsync(patience);
        return server;
    }

    public async Task<NpgsqlConnection> OpenDatabaseAsync(string? database = null)
    {
        var connection = new NpgsqlConnection(database ?? Database);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Creates a fresh, empty database beside the run's (for a drill that needs a world of its own).</summary>
    public Task<string> CreateDatabaseAsync(string name) => CreateDatabaseAsync(Options, name);

    /// <summary>A context on a fresh database of its own, dropped when the context is disposed.</summary>
    public static async Task<HarnessContext> CreateAsync(HarnessOptions options, string name, string workDirectory) =>
        new(options, await CreateDatabaseAsync(options, $"{name}_{Environment.ProcessId}"), workDirectory);

    private static async Task<string> CreateDatabaseAsync(HarnessOptions options, string name)
    {
        await using var connection = new NpgsqlConnection(options.Postgres);
        await connection.OpenAsync();
        await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection))
            await drop.ExecuteNonQueryAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
            await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(options.Postgres) { Database = name, Pooling = true, MaxPoolSize = 200 }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(Options.Postgres);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in servers)
            await server.DisposeAsync();
        await DropDatabaseAsync(Database);
    }
}
