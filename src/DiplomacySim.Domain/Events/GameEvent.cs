using DiplomacySim.Domain.Visibility;

namespace DiplomacySim.Domain.Events;

/// <summary>
/// One entry of a game's event log: every change, numbered by a seq that rises by one per game
/// without gaps. The log is the push stream, the catch-up source and the GM's audit trail.
/// </summary>
public sealed class GameEvent
{
    public GameEvent(Guid gameId, long seq, string type, DateTimeOffset occurredAt, DateOnly inGameDate, string payload, List<string>? audience,
        List<string>? disclosure = null, string? undisclosedPayload = null)
    {
        if ((disclosure is null) != (undisclosedPayload is null))
            throw new ArgumentException("An event with a disclosure needs the payload that the others see, and only then.", nameof(undisclosedPayload));
        GameId = gameId;
        Seq = seq;
        Type = type;
        OccurredAt = occurredAt;
        InGameDate = inGameDate;
        Payload = payload;
        Audience = audience is null ? null : [.. audience.Distinct().Order(StringComparer.Ordinal)];
        Disclosure = disclosure is null ? null : [.. disclosure.Distinct().Order(StringComparer.Ordinal)];
        UndisclosedPayload = undisclosedPayload;
    }

    public Guid GameId { get; private set; }
    public long Seq { get; private set; }

    /// <summary>communique.delivered, communique.answered, agreement.changed, relation.changed, clock.advanced, member.changed (the list: Server/Events/EventTypes).</summary>
    public string Type { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
    public DateOnly InGameDate { get; private set; }

    /// <summary>The event's JSON payload, as clients receive it.</summary>
    public string Payload { get; private set; }

    /// <summary>
    /// The nations whose players may see it (GMs see everything); null for a public event.
    /// </summary>
    public List<string>? Audience { get; private set; }

    /// <summary>
    /// For an event derived from something with a narrower audience (a score moved by a secret
    /// agreement): the nations that may know its cause. Null when everyone who sees the event may.
    /// </summary>
    public List<string>? Disclosure { get; private set; }

    /// <summary>The payload shown to those who see the event but not its cause (<see cref="Disclosure"/>).</summary>
    public string? UndisclosedPayload { get; private set; }

    public bool IsVisibleTo(Viewer viewer) => viewer.MaySee(Visibility.Audience.From(Audience));

    /// <summary>What <paramref name="viewer"/> may read of the event: its payload, the undisclosed form, or nothing (null).</summary>
    public string? PayloadFor(Viewer viewer) =>
        !IsVisibleTo(viewer) ? null
        : Disclosure is null || viewer.MaySee(Visibility.Audience.From(Disclosure)) ? Payload
        : UndisclosedPayload;
}
