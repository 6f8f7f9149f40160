using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Realtime;

/// <summary>Tells the relays, here and on other instances, that a game's log grew.</summary>
public sealed class EventNotifier(GameEventRelay relay)
{
    /// <summary>The PostgreSQL channel the instances LISTEN on; the payload is the game's id.</summary>
    public const string Channel = "diplomacysim_events";

    /// <summary>
    /// Inside the command's transaction: PostgreSQL sends a NOTIFY when the transaction commits, and
    /// never if it rolls back, so no instance looks for events that do not exist.
    /// </summary>
    public async Task BeforeCommitAsync(GameDbContext db, Guid gameId, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {gameId.ToString()})", cancellationToken);
    }

    /// <summary>After the commit: this instance's relay needs no round trip through the database.</summary>
    public void AfterCommit(Guid gameId) => relay.Wake(gameId);
}
