namespace DiplomacySim.Domain.Events;

/// <summary>
/// One entry of a game's event log: every change, numbered by a seq that rises by one per game
/// without gaps. The log is the push stream, the catch-up source and the GM's audit trail.
/// </summary>
public sealed class GameEvent
{
    public GameEvent(Guid gameId, long seq, string type, DateTimeOffset occurredAt, DateOnly inGameDate, string payload, List<string>? audience)
    {
        GameId = gameId;
        Seq = seq;
        Type = type;
        OccurredAt = occurredAt;
        InGameDate = inGameDate;
        Payload = payload;
        Audience = audience is null ? null : [.. audience.Distinct().Order(StringComparer.Ordinal)];
    }

    public Guid GameId { get; private set; }
    public long Seq { get; private set; }

    /// <summary>communique.delivered, communique.answered, agreement.changed, relation.changed, clock.advanced ...</summary>
    public string Type { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
    public DateOnly InGameDate { get; private set; }

    /// <summary>The event's JSON payload, as clients receive it.</summary>
    public string Payload { get; private set; }

    /// <summary>
    /// The nations whose players may see it (GMs see everything); null for a public event.
    /// </summary>
    public List<string>? Audience { get; private set; }

    public bool IsVisibleTo(IReadOnlySet<string> nations, bool isGameMaster) =>
        isGameMaster || Audience is null || Audience.Exists(nations.Contains);
}
