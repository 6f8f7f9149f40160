using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DiplomacySim.Server.Data;

// Used only by `dotnet ef migrations add`: each provider's migrations are generated from its own
// subclass. The connection strings are placeholders; nothing connects at design time.

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGameDbContext>
{
    public PostgresGameDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGameDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGameDbContext>
{
    public SqliteGameDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGameDbContext>().UseSqlite("Data Source=design.db").Options);
}
