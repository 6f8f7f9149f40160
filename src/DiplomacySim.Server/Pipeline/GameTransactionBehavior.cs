using System.Runtime.ExceptionServices;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using DiplomacySim.Server.Realtime;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace DiplomacySim.Server.Pipeline;

/// <summary>
/// Runs each <see cref="IGameCommand"/> in a transaction that holds the game's lock: the handler's
/// changes, its events and their seqs commit together or not at all.
/// On PostgreSQL the commands that wait for the same game on this instance share one transaction
/// (<see cref="GroupCommit"/>, decision 15): the first to arrive leads, locks the game once, runs itself and then
/// each command that queued behind it, in arrival order, each after the first to succeed in a savepoint of its
/// own, and commits them together. A command that fails is rolled back to its savepoint (or, before any succeeded,
/// with the whole transaction, which the next starts again) and answers its own error; the others commit.
/// Every command answers only once the shared commit is durable, and if that commit fails, all of them fail.
/// </summary>
public sealed class GameTransactionBehavior<TMessage, TResponse>(GameDbContext db, GameLocks locks, GroupCommit group, CurrentGame current, EventNotifier notifier, OpinionCache opinionCache)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IGameCommand command)
            return await next(message, cancellationToken);
        if (!group.Enabled || !db.Database.IsNpgsql())
            return await AloneAsync(command, message, next, cancellationToken);

        var lane = group.LaneOf(command.Game);
        var member = new GroupCommit.Member(cancellationToken);
        if (!lane.Join(member))
        {
            // Queued behind a running batch. Not cancelled from here: the leader skips a member whose request
            // was cancelled before its turn, and it must hear back from every member it has given a turn.
            if (await member.TurnAsync is { } turn)
            {
                await RunInAsync(turn, member, message, next);
                await member.DoneAsync;
                return Answer(member);
            }
        }
        await LeadAsync(lane, member, command, message, next);
        return Answer(member);
    }

    /// <summary>One command, one transaction: SQLite, and PostgreSQL with group commit off.</summary>
    private async ValueTask<TResponse> AloneAsync(IGameCommand command, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (game, release) = await locks.LockAsync(db, command.Game, cancellationToken);
        await using (release)
        {
            var opinions = opinionCache.Start(game.Id, VersionOf(game), game.InGameDate);
            var response = await HandleAsync(game, opinions, message, next, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            opinionCache.Keep(VersionOf(game), opinions);
            notifier.AfterCommit(game.Id);
            return response;
        }
    }

    /// <summary>
    /// Leads one batch: opens the transaction on this request's context, locks the game (one NOTIFY for the
    /// commit), runs this command and then the ones waiting, and commits. Always hands the lane on.
    /// </summary>
    private async Task LeadAsync(GroupCommit.Lane lane, GroupCommit.Member self, IGameCommand command, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next)
    {
        // The batch's statements are not cancelled with any one request: a cancelled command would abort the
        // transaction of all. Npgsql's command timeout still bounds each statement.
        var none = CancellationToken.None;
        var batch = new List<GroupCommit.Member> { self };
        Exception? failed = null;
        try
        {
            // Each member after the first to succeed has a savepoint of its own; EF Core's own around each save
            // would be a second subtransaction.
            db.Database.AutoSavepointsEnabled = false;
            // The batch's transaction and what it starts from: the game's row locked and read, the opinion sums.
            // Started again, for the next in line, when a command fails before any has succeeded.
            IDbContextTransaction? transaction = null;
            Game game = null!;
            GroupCommit.Turn turn = null!;
            PropertyValues row = null!;
            BatchOpinions opinions = null!;
            int worldVersion = 0, version = 0;
            async Task<IDbContextTransaction> StartAsync()
            {
                db.ChangeTracker.Clear();
                var started = await db.Database.BeginTransactionAsync(none);
                // Kept at once: if the lock fails, the finally below disposes it.
                transaction = started;
                (game, _) = await locks.LockAsync(db, command.Game, none);
                worldVersion = game.WorldVersion;
                turn = new GroupCommit.Turn(db.Database.GetDbConnection(), started.GetDbTransaction(), game.Id);
                version = VersionOf(game);
                // The game's row as the last command to succeed left it: the next one starts from it, not from a read.
                row = db.Entry(game).CurrentValues.Clone();
                opinions = opinionCache.Start(game.Id, version, game.InGameDate);
                return started;
            }
            try
            {
                transaction = await StartAsync();
                var succeeded = 0;
                var member = self;
                while (true)
                {
                    if (member.CancellationToken.IsCancellationRequested)
                        member.Error = ExceptionDispatchInfo.Capture(new OperationCanceledException(member.CancellationToken));
                    else
                    {
                        // Until one command has succeeded there is nothing to keep: a failure rolls the whole
                        // transaction back instead, which saves a round trip for every batch of one (most of them
                        // when many games are busy) at the price of locking again after a failure, which is rare.
                        var savepoint = succeeded > 0 ? $"command_{batch.Count}" : null;
                        if (savepoint is not null)
                            await transaction.CreateSavepointAsync(savepoint, none);
                        member.Opinions = opinions.Copy();
                        member.GameRow = row;
                        bool ran;
                        if (ReferenceEquals(member, self))
                            ran = await RunOwnAsync(game, self, message, next);
                        else
                        {
                            member.Go(turn);
                            ran = await member.RanAsync;
                        }
                        if (!ran && savepoint is not null)
                            await transaction.RollbackToSavepointAsync(savepoint, none);
                        else if (!ran)
                        {
                            await transaction.RollbackAsync(none);
                            await transaction.DisposeAsync();
                            if (batch.Count >= group.MaxBatch || lane.Next() is not { } waiting)
                            {
                                transaction = null;
                                break;
                            }
                            // Start again for the next in line: its own transaction, the row locked and read afresh.
                            transaction = await StartAsync();
                            batch.Add(waiting);
                            member = waiting;
                            continue;
                        }
                        else
                        {
                            succeeded++;
                            opinions = member.Opinions;
                            version = member.GameVersion;
                            row = member.GameRow;
                            // The world changed: the next command must not read (and WorldCache keep) a world at a version
                            // that is not committed yet. Commit it first; the next batch reads it as every instance will.
                            if (member.WorldVersion != worldVersion)
                                break;
                        }
                    }
                    if (batch.Count >= group.MaxBatch || lane.Next() is not { } queued)
                        break;
                    batch.Add(queued);
                    member = queued;
                }

                if (transaction is null)
                    return;
                if (succeeded > 0)
                {
                    await transaction.CommitAsync(none);
                    opinionCache.Keep(version, opinions!);
                    notifier.AfterCommit(game.Id);
                }
                else
                    await transaction.RollbackAsync(none);
            }
            finally
            {
                if (transaction is not null)
                    await transaction.DisposeAsync();
            }
        }
        catch (Exception exception)
        {
            failed = exception;
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
            group.Counted(batch.Count);
            foreach (var member in batch)
            {
                // The commit (or the lock, or a savepoint) failed: nothing of any member is stored.
                if (failed is not null && member.Error is null)
                {
                    member.Response = null;
                    member.Error = ExceptionDispatchInfo.Capture(failed);
                }
                member.Done();
            }
            lane.HandOff();
        }
    }

    /// <summary>The leader's own command, on its own context, which holds the transaction.</summary>
    private async Task<bool> RunOwnAsync(Game game, GroupCommit.Member self, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next)
    {
        try
        {
            self.Response = await RunAsync(game, self, message, next);
            return true;
        }
        catch (Exception exception)
        {
            self.Error = ExceptionDispatchInfo.Capture(exception);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// A command queued behind the leader: its own context is lent the leader's connection and transaction for
    /// its turn and given them back before the leader goes on.
    /// </summary>
    private async Task RunInAsync(GroupCommit.Turn turn, GroupCommit.Member member, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next)
    {
        var ran = false;
        try
        {
            var database = db.Database;
            // Its own connection is disposed when the leader's is lent (EF Core owns it); it makes a new one from
            // its connection string afterwards, from Npgsql's pool.
            var own = database.GetConnectionString();
            try
            {
                db.ChangeTracker.Clear();
                database.AutoSavepointsEnabled = false;
                database.SetDbConnection(turn.Connection, contextOwnsConnection: false);
                await database.UseTransactionAsync(turn.Transaction);
                // The game as the command before it left it (its seq, its version), not read again: nothing but
                // this batch can have changed the row, which it holds locked.
                var game = (Game)member.GameRow!.ToObject();
                var entry = db.Attach(game);
                entry.CurrentValues.SetValues(member.GameRow);
                entry.OriginalValues.SetValues(member.GameRow);
                entry.State = EntityState.Unchanged;
                member.Response = await RunAsync(game, member, message, next);
                ran = true;
            }
            catch (Exception exception)
            {
                member.Error = ExceptionDispatchInfo.Capture(exception);
            }
            finally
            {
                db.ChangeTracker.Clear();
                await database.UseTransactionAsync(null);
                database.SetDbConnection(null, contextOwnsConnection: true);
                database.SetConnectionString(own);
                database.AutoSavepointsEnabled = true;
            }
        }
        catch (Exception exception)
        {
            // Giving the connection back failed: the batch must not trust what this context did.
            ran = false;
            member.Response = null;
            member.Error ??= ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            member.Ran(ran);
        }
    }

    private async Task<object?> RunAsync(Game game, GroupCommit.Member member, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next)
    {
        var response = await HandleAsync(game, member.Opinions!, message, next, CancellationToken.None);
        member.WorldVersion = game.WorldVersion;
        member.GameVersion = VersionOf(game);
        member.GameRow = db.Entry(game).CurrentValues.Clone();
        return response;
    }

    /// <summary>
    /// Runs the handler and saves, with the opinion sums it starts from: every save of the command, the
    /// handler's own included, adds its modifiers to them, so they are what the database holds after it.
    /// </summary>
    private async Task<TResponse> HandleAsync(Game game, BatchOpinions opinions, TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        current.Game = game;
        current.Opinions = opinions;
        db.Saving = opinions.Saving;
        try
        {
            var response = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (game.InGameDate != opinions.On)
                opinions.Forget(game.InGameDate);
            return response;
        }
        finally
        {
            db.Saving = null;
            current.Opinions = null;
        }
    }

    /// <summary>The game row's concurrency version, which every save of its modifiers moves (GameDbContext).</summary>
    private int VersionOf(Game game) => (int)db.Entry(game).Property(GameDbContext.VersionProperty).CurrentValue!;

    private static TResponse Answer(GroupCommit.Member member)
    {
        member.Error?.Throw();
        return (TResponse)member.Response!;
    }
}
