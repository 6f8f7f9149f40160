using DiplomacySim.Server.Data;
using DiplomacySim.Server.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Hosting;

internal static class DatabaseInitializer
{
    /// <summary>
    /// Applies migrations (unless Database:MigrateOnStartup is off), loads the demo scenario when
    /// Demo:Enabled, and makes the operator's setup code when there is no operator. Runs before the
    /// server listens, so no request sees a half-built world.
    /// </summary>
    public static async Task<DemoWorld?> InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var logger = services.GetRequiredService<ILogger<GameDbContext>>();

        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            var db = services.GetRequiredService<GameDbContext>();
            // EF reads the history table without asking whether it exists, and logs that read's failure on
            // an empty database as an error (dotnet/efcore#37328): a new server's first start would greet
            // its operator with two "fail:" lines. The table is made first, so nothing fails.
            // (HasTables, not the history repository's ExistsAsync: on Npgsql 10 that sent no query and said true.)
            if (!await db.GetService<IRelationalDatabaseCreator>().HasTablesAsync())
                await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} database migration(s) on {Provider}", pending.Count, db.Database.ProviderName);
                await db.Database.MigrateAsync();
            }
        }

        DemoWorld? demo = null;
        if (services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            demo = await services.GetRequiredService<DemoSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
            services.GetRequiredService<DemoAccountList>().Seeded(demo);
        }
        // Last, so that the accounts are all there: a database with no operator gets a setup code.
        await services.GetRequiredService<Access.OperatorSetup>().PrepareAsync(services.GetRequiredService<GameDbContext>(), app.Lifetime.ApplicationStopping);
        return demo;
    }
}
