using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Tests.Hosting;

public sealed class MigrationTests
{
    // A model change without `dotnet ef migrations add` for both providers would ship a server whose
    // database does not match its code; README's "Changing the model" says how to add them.
    [Fact]
    public void PostgresMigrations_CaptureTheWholeModel()
    {
        using var db = new PostgresGameDbContext(new DbContextOptionsBuilder<PostgresGameDbContext>().UseNpgsql("Host=unused").Options);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --project src/DiplomacySim.Server --context PostgresGameDbContext --output-dir Data/Migrations/Postgres");
    }

    [Fact]
    public void SqliteMigrations_CaptureTheWholeModel()
    {
        using var db = new SqliteGameDbContext(new DbContextOptionsBuilder<SqliteGameDbContext>().UseSqlite("Data Source=:memory:").Options);

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --project src/DiplomacySim.Server --context SqliteGameDbContext --output-dir Data/Migrations/Sqlite");
    }
}
