using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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

    // The AgreementParties migration moves what the old columns held (requester, grantor, a mandate's
    // host state and its consent; a clause's two sides) into the parties. Written as the server wrote
    // it before, on the embedded provider, then migrated: it must read back with the same parties.
    [Fact]
    public async Task AMandateWrittenBeforeParties_ReadsBackWithTheSameParties()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteGameDbContext(new DbContextOptionsBuilder<SqliteGameDbContext>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_AgreementParties", StringComparison.Ordinal)) - 1]);
        var (agreement, clause) = (Guid.NewGuid(), Guid.NewGuid());
        // Only these two rows: the game and the communique they belong to are not the point here.
        await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF;");
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO "Agreements" ("Id", "GameId", "Kind", "Terms", "Requester", "Grantor", "Classification", "SourceClauseId", "Status",
                "RatificationRequired", "Ratified", "HostState", "HostConsent", "ConcludedOn", "Allocations", "Version")
            VALUES ({{Text(agreement)}}, {{Text(Guid.NewGuid())}}, 'ProtectingPower', '{"kind":"protectingPower","protectedState":"RUS","hostState":"THA","scope":"both"}',
                'RUS', 'VNM', 'Secret', {{Text(clause)}}, 'PendingRatification', 1, 1, 'THA', 'Pending', '2018-10-03', '[]', 0);
            INSERT INTO "CommuniqueClauses" ("Id", "CommuniqueId", "Index", "Kind", "Terms", "Requester", "Grantor", "Status", "AgreementId", "Version")
            VALUES ({{Text(clause)}}, {{Text(Guid.NewGuid())}}, 0, 'ProtectingPower', '{"kind":"protectingPower","protectedState":"RUS","hostState":"THA","scope":"both"}',
                'RUS', 'VNM', 'Accepted', {{Text(agreement)}}, 0);
            """);

        await migrator.MigrateAsync();

        var mandate = await db.Agreements.AsNoTracking().SingleAsync(a => a.Id == agreement);
        mandate.Parties.Select(p => (p.Nation, p.Role, p.Consent)).ShouldBe(
            [("RUS", PartyRole.Requester, Consent.NotNeeded), ("VNM", PartyRole.Grantor, Consent.NotNeeded), ("THA", PartyRole.ConsentingState, Consent.Pending)],
            ignoreOrder: true);
        mandate.Awaiting.ShouldBe(["hostConsent"]);
        (await db.CommuniqueClauses.AsNoTracking().SingleAsync(c => c.Id == clause)).Parties.ShouldBe(new ClauseParties("RUS", "VNM"));
    }

    // How EF Core's SQLite provider writes a Guid.
    private static string Text(Guid id) => id.ToString().ToUpperInvariant();
}
