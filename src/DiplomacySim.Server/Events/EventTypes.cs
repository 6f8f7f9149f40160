namespace DiplomacySim.Server.Events;

/// <summary>The push contract's event types (API.md "Events"): every type a client may receive, in one place.</summary>
public static class EventTypes
{
    public const string CommuniqueDelivered = "communique.delivered";
    public const string CommuniqueAnswered = "communique.answered";
    public const string AgreementChanged = "agreement.changed";
    public const string RelationChanged = "relation.changed";
    public const string ClockAdvanced = "clock.advanced";
    public const string MemberChanged = "member.changed";

    /// <summary>A GM changed the world while it plays (for now: a nation's claim status).</summary>
    public const string WorldChanged = "world.changed";

    /// <summary>A claim of a seat was made; for the claimant and the GMs only.</summary>
    public const string ClaimSubmitted = "claim.submitted";

    /// <summary>A claim was approved or denied; for the claimant and the GMs only.</summary>
    public const string ClaimDecided = "claim.decided";

    /// <summary>
    /// The PostgreSQL channel every instance LISTENs on; the payload is "game id:origin" (<see cref="NotifyPayload"/>).
    /// The NOTIFY is queued with the game's lock (Data.GameLocks), so it is sent only if the command commits.
    /// </summary>
    public const string NotifyChannel = "diplomacysim_events";
}

/// <summary>
/// What a NOTIFY on <see cref="EventTypes.NotifyChannel"/> says: which game's log grew, and which instance
/// committed it. The instance that commits wakes its own relay after the commit (Realtime.EventNotifier),
/// so the NOTIFY it then hears from itself would only cost its relay an empty read of the log.
/// </summary>
public static class NotifyPayload
{
    /// <summary>This process's mark in the payloads it sends, new at every start.</summary>
    public static readonly string Origin = Guid.NewGuid().ToString("N");

    /// <summary>The game a payload names, and whether this process sent it; a payload of the game's id alone (an older instance) is another's.</summary>
    public static bool TryRead(string payload, out Guid game, out bool fromHere)
    {
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        fromHere = colon >= 0 && payload.AsSpan(colon + 1).SequenceEqual(Origin);
        return Guid.TryParse(colon < 0 ? payload : payload[..colon], out game);
    }
}
