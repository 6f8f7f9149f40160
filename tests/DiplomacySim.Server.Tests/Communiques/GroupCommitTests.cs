using System.Net;
using DiplomacySim.Client;
using DiplomacySim.Client.Contracts;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static DiplomacySim.Server.Tests.Communiques.Conversation;

namespace DiplomacySim.Server.Tests.Communiques;

/// <summary>
/// Group commit (decision 15): sends that queue for one game run in one transaction. Each test makes the batch
/// it means to: it holds the game's row lock from a connection of its own, starts the sends one by one, waiting
/// until each has queued (the first blocks on the lock as the batch's leader, the others wait behind it), then
/// lets go. No timing: every wait is for a state the server reports.
/// </summary>
public sealed class GroupCommitTests(DiplomacySimServer server) : IClassFixture<DiplomacySimServer>
{
    private readonly Conversation players = new(server);
    private GroupCommit Group => server.Services.GetRequiredService<GroupCommit>();

    [Fact]
    public async Task ManySendsInOneBatch_AllCommitInArrivalOrderWithContiguousSeqs()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var drafts = Enumerable.Range(1, 20).Select(i => Note(world, $"Batched {i}")).ToList();

        var (answers, batches, members) = await InOneBatchAsync(drafts.Select(d => (Func<Task<SendResult>>)(() => rus.SendCommuniqueAsync(Game, d))).ToList());

        batches.ShouldBe(1);
        members.ShouldBe(20);
        var sent = answers.Select(a => a.Result).ToList();
        sent.ShouldAllBe(s => s != null);
        // Arrival order is seq order: each saw the ones before it.
        sent.Select(s => s!.Seq).ShouldBe(sent.Select(s => s!.Seq).Order());
        var stored = await StoredAsync(sent.Select(s => s!.Id));
        sent.ShouldAllBe(s => stored[s!.Id].Seq == s.Seq && stored[s.Id].Subject.StartsWith("Batched ", StringComparison.Ordinal));
        sent.Select(s => stored[s!.Id].Subject).ShouldBe(drafts.Select(d => d.Subject));
        await LogIsContiguousAsync();
    }

    [Fact]
    public async Task ABrokenRuleAndAReusedKeyInTheMiddle_AreRefusedAndTheOthersCommit()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var broken = Letter(world, "Tariff too high", new TradeAgreementClause(["energy"], 80m, "RUB", null));
        var keyed = Note(world, "Keyed");
        var sends = new List<Func<Task<SendResult>>>
        {
            () => rus.SendCommuniqueAsync(Game, Note(world, "Middle 1")),
            () => rus.SendCommuniqueAsync(Game, keyed, idempotencyKey: "batched-key"),
            () => rus.SendCommuniqueAsync(Game, broken),
            () => rus.SendCommuniqueAsync(Game, Note(world, "Middle 2")),
            // The same key again, for the same letter: the first's answer, from the same batch.
            () => rus.SendCommuniqueAsync(Game, keyed, idempotencyKey: "batched-key"),
            // The same key for another letter: refused, having seen the first in the same transaction.
            () => rus.SendCommuniqueAsync(Game, keyed with { Body = "Another body." }, idempotencyKey: "batched-key"),
            () => rus.SendCommuniqueAsync(Game, Note(world, "Middle 3")),
        };

        var (answers, batches, members) = await InOneBatchAsync(sends);

        batches.ShouldBe(1);
        members.ShouldBe(7);
        answers[2].Refused!.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        answers[2].Refused!.Code.ShouldBe("RULES_VIOLATED");
        answers[5].Refused!.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        answers[5].Refused!.Code.ShouldBe("IDEMPOTENCY_KEY_REUSED");
        answers[4].Result.ShouldBe(answers[1].Result);
        var committed = new[] { 0, 1, 3, 6 }.Select(i => answers[i].Result!).ToList();
        var stored = await StoredAsync(committed.Select(s => s.Id));
        stored.Count.ShouldBe(4);
        committed.ShouldAllBe(s => stored[s.Id].Seq == s.Seq);
        (await SubjectsStoredAsync("Tariff too high")).ShouldBe(0);
        (await SubjectsStoredAsync("Keyed")).ShouldBe(1);
        await LogIsContiguousAsync();
    }

    [Fact]
    public async Task ADatabaseErrorInOneMember_IsItsOwnAndTheOthersCommit()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var sends = new List<Func<Task<SendResult>>>
        {
            () => rus.SendCommuniqueAsync(Game, Note(world, "Before the error")),
            // PostgreSQL refuses a NUL in text (22021) at the insert, which aborts the transaction it runs in:
            // only its savepoint is rolled back.
            () => rus.SendCommuniqueAsync(Game, Note(world, "Broken") with { Body = "a\u0000b" }),
            () => rus.SendCommuniqueAsync(Game, Note(world, "After the error")),
        };

        var (answers, batches, members) = await InOneBatchAsync(sends);

        batches.ShouldBe(1);
        members.ShouldBe(3);
        answers[1].Refused!.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var stored = await StoredAsync([answers[0].Result!.Id, answers[2].Result!.Id]);
        stored.Count.ShouldBe(2);
        stored[answers[0].Result!.Id].Seq.ShouldBe(answers[0].Result!.Seq);
        stored[answers[2].Result!.Id].Seq.ShouldBe(answers[2].Result!.Seq);
        (await SubjectsStoredAsync("Broken")).ShouldBe(0);
        await LogIsContiguousAsync();
    }

    [Fact]
    public async Task AFailedFirstMember_IsRolledBackAloneAndTheNextStartAgain()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var sends = new List<Func<Task<SendResult>>>
        {
            // The first two run before anything has succeeded, so there is no savepoint to return to: a failure
            // rolls the transaction back, and the next locks the game again in a new one.
            () => rus.SendCommuniqueAsync(Game, Note(world, "Broken first") with { Body = "a\u0000b" }),
            () => rus.SendCommuniqueAsync(Game, Letter(world, "Tariff first", new TradeAgreementClause(["energy"], 80m, "RUB", null))),
            () => rus.SendCommuniqueAsync(Game, Note(world, "After the failed first")),
            () => rus.SendCommuniqueAsync(Game, Note(world, "Broken later") with { Body = "c\u0000d" }),
            () => rus.SendCommuniqueAsync(Game, Note(world, "Last of the batch")),
        };

        var (answers, batches, members) = await InOneBatchAsync(sends);

        batches.ShouldBe(1);
        members.ShouldBe(5);
        answers[0].Refused!.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        answers[1].Refused!.Code.ShouldBe("RULES_VIOLATED");
        answers[3].Refused!.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var stored = await StoredAsync([answers[2].Result!.Id, answers[4].Result!.Id]);
        stored.Count.ShouldBe(2);
        stored[answers[2].Result!.Id].Seq.ShouldBe(answers[2].Result!.Seq);
        stored[answers[4].Result!.Id].Seq.ShouldBe(answers[4].Result!.Seq);
        answers[4].Result!.Seq.ShouldBeGreaterThan(answers[2].Result!.Seq);
        (await SubjectsStoredAsync("Broken first")).ShouldBe(0);
        (await SubjectsStoredAsync("Tariff first")).ShouldBe(0);
        (await SubjectsStoredAsync("Broken later")).ShouldBe(0);
        await LogIsContiguousAsync();
    }

    [Fact]
    public async Task EachSendInABatch_MovesTheOpinionFromWhereTheOneBeforeLeftIt()
    {
        var (rus, world) = await players.AsAsync("rus.mfa");
        var before = await OpinionLedger.LastSeqAsync(server.ConnectionString, Game);
        var drafts = Enumerable.Range(1, 12).Select(i => Note(world, $"Warming {i}")).ToList();

        var (answers, batches, _) = await InOneBatchAsync(drafts.Select(d => (Func<Task<SendResult>>)(() => rus.SendCommuniqueAsync(Game, d))).ToList());

        batches.ShouldBe(1);
        answers.ShouldAllBe(a => a.Result != null);
        // The batch's later sends take the opinion sums from the one before them, not from the database: every
        // score its events report must be the one the stored modifiers give at that point of the log.
        (await OpinionLedger.ScoresAfterAsync(server.ConnectionString, Game, before)).ShouldBeGreaterThanOrEqualTo(drafts.Count);
    }

    private sealed record Answer(SendResult? Result, DiplomacySimApiException? Refused);


    /// <summary>Runs the sends in one batch, in the order given; returns their answers and the batches and members counted.</summary>
    private async Task<(List<Answer> Answers, long Batches, long Members)> InOneBatchAsync(IReadOnlyList<Func<Task<SendResult>>> sends)
    {
        var group = Group;
        await using var holder = new NpgsqlConnection(server.ConnectionString);
        await holder.OpenAsync();
        var held = await holder.BeginTransactionAsync();
        await using (var lockGame = new NpgsqlCommand("""SELECT 1 FROM "Games" WHERE "Slug" = @slug FOR UPDATE""", holder, held))
        {
            lockGame.Parameters.AddWithValue("slug", Game);
            await lockGame.ExecuteScalarAsync();
        }
        var batchesBefore = group.Batches;
        var membersBefore = group.Members;

        var running = new List<Task<Answer>>();
        for (var i = 0; i < sends.Count; i++)
        {
            var send = AnswerOf(sends[i]);
            running.Add(send);
            // A send answered before it queued (refused at the door) ends the wait, and the counts assert it.
            if (i == 0)
                await UntilAsync(async () => send.IsCompleted || await WaitingForLockAsync() > 0);
            else
            {
                var queued = i;
                await UntilAsync(() => Task.FromResult(send.IsCompleted || group.Waiting(Game) == queued));
            }
        }
        await held.RollbackAsync();
        var answers = (await Task.WhenAll(running)).ToList();
        return (answers, group.Batches - batchesBefore, group.Members - membersBefore);

        async Task<long> WaitingForLockAsync()
        {
            await using var waiting = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", holder);
            return (long)(await waiting.ExecuteScalarAsync())!;
        }
    }

    private static async Task<Answer> AnswerOf(Func<Task<SendResult>> send)
    {
        try
        {
            return new Answer(await send(), null);
        }
        catch (DiplomacySimApiException refused)
        {
            return new Answer(null, refused);
        }
    }

    // Waits for a state, not for a time: the loop's only bound is the test run's own.
    private static async Task UntilAsync(Func<Task<bool>> reached)
    {
        while (!await reached())
            await Task.Delay(10);
    }

    private async Task<Dictionary<Guid, (long Seq, string Subject)>> StoredAsync(IEnumerable<Guid> ids)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Id", "Seq", "Subject" FROM "Communiques" WHERE "Id" = ANY(@ids)""", connection);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        var stored = new Dictionary<Guid, (long, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            stored[reader.GetGuid(0)] = (reader.GetInt64(1), reader.GetString(2));
        return stored;
    }

    private async Task<long> SubjectsStoredAsync(string subject)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "Communiques" WHERE "Subject" = @subject""", connection);
        command.Parameters.AddWithValue("subject", subject);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The game's events are exactly 1..LastEventSeq, and every communique's seq is one of its delivery events.</summary>
    private async Task LogIsContiguousAsync()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT g."LastEventSeq", count(e."Seq"), coalesce(min(e."Seq"), 0), coalesce(max(e."Seq"), 0), count(DISTINCT e."Seq"),
                   (SELECT count(*) FROM "Communiques" AS c WHERE c."GameId" = g."Id"
                      AND NOT EXISTS (SELECT 1 FROM "Events" AS d WHERE d."GameId" = c."GameId" AND d."Seq" = c."Seq" AND d."Type" = 'communique.delivered'))
            FROM "Games" AS g LEFT JOIN "Events" AS e ON e."GameId" = g."Id"
            WHERE g."Slug" = @slug GROUP BY g."Id", g."LastEventSeq"
            """, connection);
        command.Parameters.AddWithValue("slug", Game);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        var last = reader.GetInt64(0);
        reader.GetInt64(1).ShouldBe(last);
        reader.GetInt64(4).ShouldBe(last);
        if (last > 0)
        {
            reader.GetInt64(2).ShouldBe(1);
            reader.GetInt64(3).ShouldBe(last);
        }
        reader.GetInt64(5).ShouldBe(0);
    }

    private static CommuniqueDraft Note(GameWorld world, string subject) =>
        Letter(world, subject, new CooperationClause(CooperationSector.Cultural, subject));

    private static CommuniqueDraft Letter(GameWorld world, string subject, Clause clause) =>
        new(world.Ministry("RUS"), world.Ministry("VNM"), subject, Classification.Public, $"{subject}.", [clause]);
}
