using System.Text.Json;
using DiplomacySim.Domain.Opinions;
using Npgsql;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// Checks the scores that a game's <c>relation.changed</c> events report against its stored opinion
/// modifiers: each must be the clamped sum of the pair's modifiers up to the event's cause. A command that
/// started from opinion sums kept in memory (a batch's, or the instance's OpinionCache) and got them wrong
/// would report another score than the database gives.
/// </summary>
internal static class OpinionLedger
{
    public static async Task<long> LastSeqAsync(string connectionString, string slug)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "LastEventSeq" FROM "Games" WHERE "Slug" = @slug""", connection);
        command.Parameters.AddWithValue("slug", slug);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Checks every relation.changed event after <paramref name="afterSeq"/>; returns how many there were.</summary>
    public static async Task<int> ScoresAfterAsync(string connectionString, string slug, long afterSeq)
    {
        var (today, modifiers, changes) = await HistoryAsync(connectionString, slug, afterSeq);
        foreach (var change in changes)
        {
            var sum = modifiers
                .Where(m => m.From == change.From && m.To == change.To && (m.SourceEventSeq is null || m.SourceEventSeq <= change.SourceEventSeq))
                .Sum(m => (long)OpinionModifier.ValueOn(m.Amount, m.Since, m.FadesOverDays, today));
            change.Score.ShouldBe(Opinion.Clamp(sum), $"relation.changed at seq {change.Seq}, {change.From}→{change.To}");
        }
        return changes.Count;
    }

    private sealed record StoredModifier(string From, string To, int Amount, DateOnly Since, int? FadesOverDays, long? SourceEventSeq);

    private sealed record StoredChange(long Seq, string From, string To, int Score, long? SourceEventSeq);

    private static async Task<(DateOnly Today, List<StoredModifier> Modifiers, List<StoredChange> Changes)> HistoryAsync(string connectionString, string slug, long afterSeq)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var game = new NpgsqlCommand("""SELECT "Id", "InGameDate" FROM "Games" WHERE "Slug" = @slug""", connection);
        game.Parameters.AddWithValue("slug", slug);
        Guid id;
        DateOnly today;
        await using (var reader = await game.ExecuteReaderAsync())
        {
            (await reader.ReadAsync()).ShouldBeTrue();
            id = reader.GetGuid(0);
            today = reader.GetFieldValue<DateOnly>(1);
        }
        var modifiers = new List<StoredModifier>();
        await using (var command = new NpgsqlCommand("""SELECT "From", "To", "Amount", "Since", "FadesOverDays", "SourceEventSeq" FROM "OpinionModifiers" WHERE "GameId" = @id""", connection))
        {
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                modifiers.Add(new(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateOnly>(3),
                    reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetInt64(5)));
        }
        var changes = new List<StoredChange>();
        await using (var command = new NpgsqlCommand("""SELECT "Seq", "Payload" FROM "Events" WHERE "GameId" = @id AND "Type" = 'relation.changed' AND "Seq" > @after ORDER BY "Seq" """, connection))
        {
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("after", afterSeq);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                using var payload = JsonDocument.Parse(reader.GetString(1));
                var root = payload.RootElement;
                var cause = root.GetProperty("sourceEventSeq");
                changes.Add(new(reader.GetInt64(0), root.GetProperty("from").GetString()!, root.GetProperty("to").GetString()!,
                    root.GetProperty("score").GetInt32(), cause.ValueKind == JsonValueKind.Null ? null : cause.GetInt64()));
            }
        }
        return (today, modifiers, changes);
    }
}
