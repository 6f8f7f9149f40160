using System.Text.Json.Nodes;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DiplomacySim.Server.Tests.Hosting;

/// <summary>
/// A send's save is written as one Npgsql batch (decision 18). It must store what EF Core's own update
/// pipeline stores, column for column, fail as EF Core's save fails, and leave to EF Core what it cannot write.
/// Each test works in a transaction of its own on the test server's database and rolls it back.
/// </summary>
public sealed class BatchedSaveTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    [Fact]
    public async Task ASendsRows_AreStoredColumnForColumnAsEfCoreStoresThem()
    {
        var batched = await SaveASendAsync(batch: true);
        var byEfCore = await SaveASendAsync(batch: false);

        batched.Batched.ShouldBeTrue();
        byEfCore.Batched.ShouldBeFalse();
        batched.Rows.Count.ShouldBe(8);
        // Every column of every row (the JSON terms, the enum names, the audience array, the dates) as EF Core wrote it.
        batched.Rows.ShouldBe(byEfCore.Rows);
    }

    [Fact]
    public async Task ARowChangedUnderTheSave_FailsAsAConcurrencyConflict_AndNothingIsStored()
    {
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var game = await db.Games.SingleAsync(g => g.Slug == TestWorld.Slug);
        var seq = game.NextEventSeq();
        db.Events.Add(new GameEvent(game.Id, seq, "test.note", DateTimeOffset.UtcNow, game.InGameDate, "{}", null, null, null));
        // Another writer moved the game's version after it was read.
        await db.Database.ExecuteSqlAsync($"""UPDATE "Games" SET "Version" = "Version" + 1 WHERE "Id" = {game.Id}""");

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        db.LastSaveWasBatched.ShouldBeTrue();
        await transaction.RollbackAsync();
        (await CountEventsAsync(game.Id, seq)).ShouldBe(0);
    }

    [Fact]
    public async Task ARowThatIsAlreadyStored_FailsAsAUniqueViolation()
    {
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var game = await db.Games.SingleAsync(g => g.Slug == TestWorld.Slug);
        var taken = game.NextEventSeq();
        db.Events.Add(new GameEvent(game.Id, taken, "test.note", DateTimeOffset.UtcNow, game.InGameDate, "{}", null, null, null));
        await db.SaveChangesAsync();
        // Forgotten by this context, so that only the database can tell the seq is taken.
        db.ChangeTracker.Clear();
        db.Events.Add(new GameEvent(game.Id, taken, "test.note", DateTimeOffset.UtcNow, game.InGameDate, "{}", null, null, null));

        var failed = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.LastSaveWasBatched.ShouldBeTrue();
        Errors.DatabaseFailures.IsUniqueViolation(failed).ShouldBeTrue();
    }

    [Fact]
    public async Task ADelete_IsLeftToEfCore()
    {
        await using var db = Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var game = await db.Games.AsNoTracking().SingleAsync(g => g.Slug == TestWorld.Slug);
        var modifier = new OpinionModifier(Guid.NewGuid(), game.Id, "RUS", "VNM", "test", 3, game.InGameDate, null, null);
        db.OpinionModifiers.Add(modifier);
        await db.SaveChangesAsync();
        db.LastSaveWasBatched.ShouldBeTrue();

        db.OpinionModifiers.Remove(modifier);
        await db.SaveChangesAsync();

        db.LastSaveWasBatched.ShouldBeFalse();
        (await db.OpinionModifiers.AsNoTracking().AnyAsync(m => m.Id == modifier.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task OutsideATransaction_EfCoreSaves()
    {
        await using var db = Context();
        var game = await db.Games.AsNoTracking().SingleAsync(g => g.Slug == TestWorld.Slug);
        var modifier = new OpinionModifier(Guid.NewGuid(), game.Id, "VNM", "RUS", "test", 1, game.InGameDate, null, null);
        db.OpinionModifiers.Add(modifier);

        await db.SaveChangesAsync();

        db.LastSaveWasBatched.ShouldBeFalse();
        db.OpinionModifiers.Remove(modifier);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// What a send saves (a communique with two clauses, its three events, two modifiers and the game row), with
    /// the same keys each time, in a transaction that is rolled back; returns each row as PostgreSQL holds it.
    /// </summary>
    private async Task<(bool Batched, List<string> Rows)> SaveASendAsync(bool batch)
    {
        await using var db = Context();
        db.WritesInOneBatch = batch;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var game = await db.Games.SingleAsync(g => g.Slug == TestWorld.Slug);
        var ministries = await db.Ministries.AsNoTracking().Where(m => m.GameId == game.Id && m.Kind == MinistryKind.ForeignAffairs).ToDictionaryAsync(m => m.Nation, m => m.Id);
        var sentAt = new DateTimeOffset(2026, 12, 3, 9, 30, 15, 123, TimeSpan.Zero);
        var communique = new Communique(Key(1), game.Id, ministries["RUS"], ministries["VNM"], "RUS", "VNM", "On trade", Classification.Secret,
            "A letter with [b]BBCode[/b] and a quote \" in it.", null, sentAt, game.InGameDate, "rus.mfa");
        communique.AddClause(Key(2), new TradeAgreementClause(["energy", "rice"], -2.5m, "RUB", 10), new ClauseParties("RUS", "VNM"));
        communique.AddClause(Key(3), new TradeAgreementClause(["timber"], 0m, "VND", null), new ClauseParties("VNM", "RUS"));
        var seq = game.NextEventSeq();
        communique.Delivered(seq);
        db.Communiques.Add(communique);
        db.Events.Add(new GameEvent(game.Id, seq, "communique.delivered", sentAt, game.InGameDate, """{"id":"x","clauses":2}""", ["RUS", "VNM"], null, null));
        db.Events.Add(new GameEvent(game.Id, game.NextEventSeq(), "relation.changed", sentAt, game.InGameDate, """{"from":"RUS"}""", ["RUS", "VNM"], ["RUS"], """{"from":"?"}"""));
        db.OpinionModifiers.Add(new OpinionModifier(Key(4), game.Id, "RUS", "VNM", "diplomatic-contact", 1, game.InGameDate, 30, seq));
        db.OpinionModifiers.Add(new OpinionModifier(Key(5), game.Id, "VNM", "RUS", "diplomatic-contact", 1, game.InGameDate, null, null));

        await db.SaveChangesAsync();

        var rows = new List<string>();
        rows.AddRange(await RowsAsync(db, """SELECT to_jsonb(t)::text FROM "Communiques" t WHERE t."Id" = ANY(@ids)""", [Key(1)]));
        rows.AddRange(await RowsAsync(db, """SELECT to_jsonb(t)::text FROM "CommuniqueClauses" t WHERE t."CommuniqueId" = ANY(@ids) ORDER BY t."Index" """, [Key(1)]));
        rows.AddRange(await RowsAsync(db, """SELECT to_jsonb(t)::text FROM "OpinionModifiers" t WHERE t."Id" = ANY(@ids) ORDER BY t."From" """, [Key(4), Key(5)]));
        rows.AddRange(await RowsAsync(db, $"""SELECT to_jsonb(t)::text FROM "Events" t WHERE t."GameId" = @game AND t."Seq" >= {seq} ORDER BY t."Seq" """, game: game.Id));
        rows.AddRange(await RowsAsync(db, """SELECT to_jsonb(t)::text FROM "Games" t WHERE t."Id" = @game""", game: game.Id));
        var batched = db.LastSaveWasBatched;
        await transaction.RollbackAsync();
        return (batched, rows.Select(Normalised).ToList());
    }

    private static async Task<List<string>> RowsAsync(GameDbContext db, string sql, Guid[]? ids = null, Guid? game = null)
    {
        var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = sql;
        if (ids is not null)
            command.Parameters.AddWithValue("ids", ids);
        if (game is not null)
            command.Parameters.AddWithValue("game", game.Value);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0));
        return rows;
    }

    // Keys are random per run (the same within one): the two saves write the same rows.
    private static readonly Guid Run = Guid.NewGuid();

    private static Guid Key(int n) => new(Run.ToByteArray()[..12].Concat(BitConverter.GetBytes(n)).ToArray());

    // One printing of each row's JSON, whatever the key order PostgreSQL chose.
    private static string Normalised(string row) => JsonNode.Parse(row)!.ToJsonString();

    private async Task<long> CountEventsAsync(Guid game, long seq)
    {
        await using var db = Context();
        return await db.Events.AsNoTracking().CountAsync(e => e.GameId == game && e.Seq == seq);
    }

    private PostgresGameDbContext Context() =>
        new(new DbContextOptionsBuilder<PostgresGameDbContext>().UseNpgsql(server.ConnectionString).Options);
}
