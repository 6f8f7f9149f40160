namespace DiplomacySim.Server.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default) or Postgres (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations when the server starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// On PostgreSQL, the game commands waiting for one game on this instance run in one transaction, at most
    /// this many (decision 15). 1 runs each in its own transaction. SQLite always runs one per transaction.
    /// </summary>
    public int GroupCommitMaxBatch { get; set; } = 32;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
