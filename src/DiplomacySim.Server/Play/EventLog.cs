using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.Visibility;
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

    /// <summary>Appends an event that <paramref name="audience"/> may see.</summary>
    public long Append(Game game, string type, object payload, Audience audience) =>
        Append(game, type, payload, audience, disclosure: null, undisclosed: null);

    /// <summary>
    /// Appends an event whose cause only <paramref name="disclosure"/> may know: the others of
    /// <paramref name="audience"/> read <paramref name="undisclosed"/> instead of the payload.
    /// </summary>
    public long Append(Game game, string type, object payload, Audience audience, Audience? disclosure, object? undisclosed)
    {
        // A cause everyone in the audience may know needs no second form.
        var narrower = disclosure is { IsPublic: false } && !(audience.Nations is { } nations && disclosure.IncludesAll(nations));
        var seq = game.NextEventSeq();
        db.Events.Add(new GameEvent(game.Id, seq, type, clock.GetUtcNow(), game.InGameDate, StoredJson.Write(payload), audience.Nations?.ToList(),
            narrower ? [.. disclosure!.Nations!] : null,
            narrower ? StoredJson.Write(undisclosed ?? throw new ArgumentNullException(nameof(undisclosed))) : null));
        return seq;
    }
}
