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
    /// The PostgreSQL channel every instance LISTENs on; the payload is the game's id. The NOTIFY is
    /// queued with the game's lock (Data.GameLocks), so it is sent only if the command commits.
    /// </summary>
    public const string NotifyChannel = "diplomacysim_events";
}
