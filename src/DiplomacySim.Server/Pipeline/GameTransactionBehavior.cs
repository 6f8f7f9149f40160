using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using DiplomacySim.Server.Realtime;
using Mediator;

namespace DiplomacySim.Server.Pipeline;

/// <summary>
/// Runs each <see cref="IGameCommand"/> in one transaction that holds the game's lock: the handler's
/// changes, its events and their seqs commit together or not at all.
/// </summary>
public sealed class GameTransactionBehavior<TMessage, TResponse>(GameDbContext db, GameLocks locks, CurrentGame current, EventNotifier notifier)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IGameCommand command)
            return await next(message, cancellationToken);

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (game, release) = await locks.LockAsync(db, command.Game, cancellationToken);
        await using (release)
        {
            current.Game = game;
            var response = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            notifier.AfterCommit(game.Id);
            return response;
        }
    }
}
