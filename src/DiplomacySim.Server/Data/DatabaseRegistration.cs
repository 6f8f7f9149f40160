using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Data;

internal static class DatabaseRegistration
{
    /// <summary>Registers <see cref="GameDbContext"/> on the provider the configuration names.</summary>
    public static IServiceCollection AddGameDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));

        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var postgres = configuration.GetConnectionString("Postgres");
                if (string.IsNullOrWhiteSpace(postgres))
                    throw new Hosting.StartupProblem("Database:Provider is Postgres but ConnectionStrings:Postgres is empty. Set it, e.g. ConnectionStrings__Postgres=\"Host=localhost;Database=diplomacysim;Username=...;Password=...\", or run with Database__Provider=Sqlite for the embedded database.");
                // Pooled: a send's request no longer builds a context (and its services) of its own.
                services.AddDbContextPool<GameDbContext, PostgresGameDbContext>(db => db.UseNpgsql(KeptAsIs(PreparedStatements(postgres))));
                break;
            case DatabaseProvider.Sqlite:
                var sqlite = SqliteConnectionIn(environment.ContentRootPath, configuration.GetConnectionString("Sqlite"));
                services.AddDbContext<GameDbContext, SqliteGameDbContext>(db => db.UseSqlite(sqlite));
                break;
            default:
                throw new Hosting.StartupProblem($"Database:Provider '{options.Provider}' is not known; use Sqlite or Postgres.");
        }
        return services;
    }

    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the connection string sets it: a statement run
    /// twice on a connection is prepared on the server, so PostgreSQL parses and plans each of a send's
    /// few statements once per connection instead of once per send.
    /// </summary>
    internal static string PreparedStatements(string connectionString)
    {
        return UnlessWritten(connectionString, ["Max Auto Prepare", "MaxAutoPrepare"], builder =>
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        });
    }

    /// <summary>
    /// Turns off Npgsql's reset of a pooled connection unless the connection string sets it. With prepared
    /// statements that reset is seven statements (RESET ALL, CLOSE ALL, UNLISTEN *, ...) sent with the first
    /// command each time a request takes a connection from the pool, which PostgreSQL runs once or twice per send.
    /// Nothing here leaves session state on the game's pooled connections to reset: no SET, temporary table,
    /// advisory lock or LISTEN (the listener has a connection of its own, from another pool).
    /// </summary>
    internal static string KeptAsIs(string connectionString) =>
        UnlessWritten(connectionString, ["No Reset On Close", "NoResetOnClose"], builder => builder.NoResetOnClose = true);

    /// <summary>
    /// The connection string with <paramref name="set"/> applied, or as written when it names the setting under
    /// any of <paramref name="keys"/>. Npgsql's own builder reports a default whether or not the string says so;
    /// the plain one keeps only what was written, so an explicit value (e.g. "Max Auto Prepare=0") is respected.
    /// </summary>
    private static string UnlessWritten(string connectionString, string[] keys, Action<Npgsql.NpgsqlConnectionStringBuilder> set)
    {
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (keys.Any(written.ContainsKey))
            return connectionString;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        set(builder);
        return builder.ConnectionString;
    }

    /// <summary>
    /// Resolves a relative SQLite file against the content root and creates its folder, so that the
    /// server starts from an empty checkout wherever it is run from.
    /// </summary>
    internal static string SqliteConnectionIn(string contentRoot, string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? "Data Source=App_Data/diplomacysim.db" : connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        return builder.ToString();
    }
}
