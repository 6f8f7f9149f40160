using System.Collections.Concurrent;
using System.Text;
using DiplomacySim.Client.Contracts;
using Npgsql;

namespace DiplomacySim.Harness.Running;

/// <summary>
/// The sends a drill saw acknowledged (201), and the check of the database against them: read with
/// plain SQL, not through the API under test.
/// </summary>
public sealed class Ledger
{
    private readonly ConcurrentDictionary<Guid, SendResult> acknowledged = new();

    public int Count => acknowledged.Count;

    public void Acknowledge(SendResult sent) => acknowledged[sent.Id] = sent;

    public async Task<Audit> AuditAsync(NpgsqlConnection db, IReadOnlyDictionary<(string From, string To), int>? apiScores = null, Guid? game = null)
    {
        var ids = acknowledged.Keys.ToArray();
        var present = await ScalarAsync(db, """SELECT count(*) FROM "Communiques" WHERE "Id" = ANY(@ids)""", ("ids", ids));
        // Each send carries a subject of its own, so a subject stored twice is a communique stored twice.
        var doubled = await ScalarAsync(db, """SELECT count(*) FROM (SELECT "Subject" FROM "Communiques" GROUP BY "GameId", "Subject" HAVING count(*) > 1) d""");
        var stored = await ScalarAsync(db, """SELECT count(*) FROM "Communiques" WHERE "Subject" LIKE 'harness %'""");
        // A delivery's effects: its event at its seq and the contact modifier both ways, tied to that seq.
        // Joined on aggregates, not correlated per communique: a drill at full rate stores thousands, and the
        // correlated form (a JSON scan of the events per communique) outran the command timeout.
        var halfApplied = await ScalarAsync(db, """
            WITH delivered AS (SELECT "GameId", "Seq" FROM "Events" WHERE "Type" = 'communique.delivered'),
                 modifiers AS (SELECT "GameId", "SourceEventSeq" AS "Seq", count(*) AS n FROM "OpinionModifiers"
                               WHERE "SourceEventSeq" IS NOT NULL GROUP BY "GameId", "SourceEventSeq"),
                 relations AS (SELECT "GameId", ("Payload"::jsonb ->> 'sourceEventSeq')::bigint AS "Seq", count(*) AS n FROM "Events"
                               WHERE "Type" = 'relation.changed' GROUP BY 1, 2)
            SELECT count(*) FROM "Communiques" c
            LEFT JOIN delivered d ON d."GameId" = c."GameId" AND d."Seq" = c."Seq"
            LEFT JOIN modifiers m ON m."GameId" = c."GameId" AND m."Seq" = c."Seq"
            LEFT JOIN relations r ON r."GameId" = c."GameId" AND r."Seq" = c."Seq"
            WHERE d."Seq" IS NULL OR coalesce(m.n, 0) <> 2 OR coalesce(r.n, 0) <> 2
            """);
        var gaps = await ScalarAsync(db, """
            SELECT count(*) FROM (
              SELECT g."Id", g."LastEventSeq", count(e."Seq") AS n, coalesce(min(e."Seq"), 1) AS lo, coalesce(max(e."Seq"), 0) AS hi
              FROM "Games" g LEFT JOIN "Events" e ON e."GameId" = g."Id" GROUP BY g."Id", g."LastEventSeq") s
            WHERE s.n <> s.hi OR s.lo <> 1 OR s.hi <> s."LastEventSeq"
            """);
        var wrongScores = 0;
        if (apiScores is not null)
        {
            await using var sums = new NpgsqlCommand("""
                SELECT "From", "To", greatest(-100, least(100, sum("Amount"))) FROM "OpinionModifiers"
                WHERE "GameId" = @game GROUP BY "From", "To"
                """, db);
            sums.Parameters.AddWithValue("game", game!.Value);
            var fromModifiers = new Dictionary<(string, string), int>();
            await using (var reader = await sums.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    fromModifiers[(reader.GetString(0), reader.GetString(1))] = (int)reader.GetInt64(2);
            wrongScores = apiScores.Count(s => s.Value != fromModifiers.GetValueOrDefault(s.Key));
        }
        return new Audit(ids.Length, ids.Length - (int)present, (int)doubled, (int)stored, (int)halfApplied, (int)gaps, wrongScores, apiScores?.Count ?? 0);
    }

    internal static async Task<long> ScalarAsync(NpgsqlConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        // An audit reads whole tables once; it may take longer than a request would.
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 300 };
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>What the database holds against what was acknowledged. Lost is the figure that must be zero.</summary>
public sealed record Audit(int Acknowledged, int Lost, int Doubled, int Stored, int HalfApplied, int GamesWithGaps, int WrongScores, int ScoresChecked)
{
    public bool Clean => Lost == 0 && Doubled == 0 && HalfApplied == 0 && GamesWithGaps == 0 && WrongScores == 0;

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| check (SQL on the database) | result |").AppendLine("| --- | ---: |");
        text.AppendLine(HarnessOptions.Invariant($"| sends answered 201 | {Acknowledged:N0} |"));
        text.AppendLine(HarnessOptions.Invariant($"| of those, missing from `Communiques` (lost) | **{Lost:N0}** |"));
        text.AppendLine(HarnessOptions.Invariant($"| communiques stored twice | {Doubled:N0} |"));
        text.AppendLine(HarnessOptions.Invariant($"| harness communiques stored (≥ answered: a send cut before its answer may still commit) | {Stored:N0} |"));
        text.AppendLine(HarnessOptions.Invariant($"| communiques without their delivery event, both contact modifiers and both `relation.changed` events | {HalfApplied:N0} |"));
        text.AppendLine(HarnessOptions.Invariant($"| games whose seqs are not exactly 1..LastEventSeq | {GamesWithGaps:N0} |"));
        if (ScoresChecked > 0)
            text.AppendLine(HarnessOptions.Invariant($"| opinions (API) not equal to the clamped sum of their modifiers (SQL), of {ScoresChecked:N0} | {WrongScores:N0} |"));
        return text.ToString();
    }

    public string Summary => Clean
        ? HarnessOptions.Invariant($"{Acknowledged:N0} acknowledged, nothing lost, doubled or half-applied, seqs contiguous")
        : HarnessOptions.Invariant($"**{Lost} lost, {Doubled} doubled, {HalfApplied} half-applied, {GamesWithGaps} games with gaps, {WrongScores} wrong scores** of {Acknowledged:N0} acknowledged");
}
