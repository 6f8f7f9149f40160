using Npgsql;

namespace DiplomacySim.Testing;

/// <summary>
/// The throwaway PostgreSQL cluster that tests/run.sh starts. Each server under test gets a database
/// of its own on it, dropped when the server is disposed.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "DIPLOMACYSIM_TEST_POSTGRES";

    public static string MaintenanceConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with tests/run.sh, which starts a throwaway PostgreSQL cluster and sets it.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "ds_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(MaintenanceConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(MaintenanceConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(MaintenanceConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
