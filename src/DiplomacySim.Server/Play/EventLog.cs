using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Appends to the game's event log inside the command's transaction. The seq comes from the locked
/// game row, so it rises by one per event with no gaps.
/// </summary>
public sealed class EventLog(GameDbContext db, TimeProvider clock)
{
    public const string CommuniqueDelivered = "communique.delivered";
    public const string CommuniqueAnswered = "communique.answered";
    public const string AgreementChanged = "agreement.changed";
    public const string RelationChanged = "relation.changed";
    public const string ClockAdvanced = "clock.advanced";

    /// <summary>Appends an event; <paramref name="audience"/> null makes it public.</summary>
    public long Append(Game game, string type, object payload, IReadOnlyCollection<string>? audience)
    {
        var seq = game.NextEventSeq();
        db.Events.Add(new GameEvent(game.Id, seq, type, clock.GetUtcNow(), game.InGameDate, StoredJson.Write(payload), audience?.ToList()));
        return seq;
    }
}
