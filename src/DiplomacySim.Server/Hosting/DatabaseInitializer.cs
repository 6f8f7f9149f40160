using DiplomacySim.Server.Data;
using DiplomacySim.Server.Seeding;
using Microsoft.EntityFrameworkCore;
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
