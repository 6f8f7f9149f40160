using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace DiplomacySim.Server.Data;

/// <summary>
/// Group commit for a hot game (decision 15): the game commands that wait for the same game on this
/// instance run in one transaction, in arrival order, one after the other, each in its own savepoint once
/// one has succeeded, and commit together. Each command still runs in its own request, with its own scope and DbContext, on its
/// own async flow; only the connection and the transaction are lent to it by the batch's leader.
/// This class holds the queues; <see cref="Pipeline.GameTransactionBehavior{TMessage, TResponse}"/> runs them.
/// </summary>
public sealed class GroupCommit
{
    private readonly ConcurrentDictionary<string, Lane> lanes = new(StringComparer.Ordinal);
    private long batches;
    private long members;

    public GroupCommit(Microsoft.Extensions.Options.IOptions<DatabaseOptions> options) =>
        MaxBatch = Math.Max(1, options.Value.GroupCommitMaxBatch);

    /// <summary>
    /// At most this many commands in one transaction. Each holds one PostgreSQL subtransaction (its
    /// savepoint), and a transaction keeps up to 64 of them in shared memory before other sessions' visibility
    /// checks slow down, so the default stays well below. 1 turns group commit off.
    /// </summary>
    public int MaxBatch { get; }

    public bool Enabled => MaxBatch > 1;

    /// <summary>Transactions committed or rolled back by group commit since start.</summary>
    public long Batches => Interlocked.Read(ref batches);

    /// <summary>Commands run in those transactions (each member once, whether it succeeded or not).</summary>
    public long Members => Interlocked.Read(ref members);

    /// <summary>Commands waiting for the game's batch on this instance (not the one being run).</summary>
    public int Waiting(string game) => lanes.TryGetValue(game, out var lane) ? lane.Count : 0;

    internal Lane LaneOf(string game) => lanes.GetOrAdd(game, _ => new Lane());

    internal void Counted(int batchSize)
    {
        Interlocked.Increment(ref batches);
        Interlocked.Add(ref members, batchSize);
    }

    /// <summary>
    /// The commands queued for one game (keyed by the route's id or slug: two spellings of one game make two
    /// lanes, which the game's row lock still serialises). At most one leader runs a batch at a time.
    /// </summary>
    internal sealed class Lane
    {
        private readonly Queue<Member> waiting = new();
        private bool leading;

        public int Count
        {
            get
            {
                lock (waiting)
                    return waiting.Count;
            }
        }

        /// <summary>Queues a command; true when no batch is running, so the caller leads the next one.</summary>
        public bool Join(Member member)
        {
            lock (waiting)
            {
                if (leading)
                {
                    waiting.Enqueue(member);
                    return false;
                }
                leading = true;
                return true;
            }
        }

        /// <summary>The next command for the running batch, if one waits.</summary>
        public Member? Next()
        {
            lock (waiting)
                return waiting.TryDequeue(out var member) ? member : null;
        }

        /// <summary>The batch is over: the first command waiting leads the next one, or the lane is idle.</summary>
        public void HandOff()
        {
            Member? next;
            lock (waiting)
            {
                if (!waiting.TryDequeue(out next))
                {
                    leading = false;
                    return;
                }
            }
            next.Lead();
        }
    }

    /// <summary>One command in a lane, and what its request and the batch's leader tell each other.</summary>
    internal sealed class Member(CancellationToken cancellationToken)
    {
        private readonly TaskCompletionSource<Turn?> turn = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<bool> ran = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationToken CancellationToken { get; } = cancellationToken;

        /// <summary>What the command answered, once it ran and saved.</summary>
        public object? Response { get; set; }

        /// <summary>Why the command failed, or why its batch did.</summary>
        public ExceptionDispatchInfo? Error { get; set; }

        /// <summary>The game's WorldVersion after the command saved.</summary>
        public int WorldVersion { get; set; }

        /// <summary>
        /// The batch's opinion sums: given to the command as the ones before it left them (a copy), and as it
        /// left them once it ran. The leader keeps them only if it succeeded.
        /// </summary>
        public Play.BatchOpinions? Opinions { get; set; }

        /// <summary>
        /// The game's row: as the commands before it left it when the command is given its turn, as it left it
        /// once it ran. The leader keeps it only if the command succeeded.
        /// </summary>
        public Microsoft.EntityFrameworkCore.ChangeTracking.PropertyValues? GameRow { get; set; }

        /// <summary>The game row's version after the command saved: what the commit leaves it at, if this is the last to succeed.</summary>
        public int GameVersion { get; set; }

        /// <summary>Resolves with the command's turn in a batch, or null: it leads the next batch.</summary>
        public Task<Turn?> TurnAsync => turn.Task;

        public void Lead() => turn.TrySetResult(null);

        public void Go(Turn given) => turn.TrySetResult(given);

        /// <summary>The command ran (true) or failed (false), and gave the connection back to the leader.</summary>
        public Task<bool> RanAsync => ran.Task;

        public void Ran(bool succeeded) => ran.TrySetResult(succeeded);

        /// <summary>The batch is over: <see cref="Response"/> or <see cref="Error"/> is the command's answer.</summary>
        public Task DoneAsync => done.Task;

        public void Done() => done.TrySetResult();
    }

    /// <summary>What a member needs to run inside the leader's transaction.</summary>
    internal sealed record Turn(System.Data.Common.DbConnection Connection, System.Data.Common.DbTransaction Transaction, Guid GameId);
}
