namespace DiplomacySim.Server.Realtime;

/// <summary>Tells the relays, here and on other instances, that a game's log grew.</summary>
public sealed class EventNotifier(GameEventRelay relay)
{
    // The NOTIFY itself (on Events.EventTypes.NotifyChannel) is queued inside the command's transaction, with the game's lock
    // (Data.GameLocks): PostgreSQL sends it when the transaction commits, and never if it rolls back.

    /// <summary>After the commit: this instance's relay needs no round trip through the database.</summary>
    public void AfterCommit(Guid gameId) => relay.Wake(gameId);
}
