namespace DiplomacySim.Server.Events;

/// <summary>The push contract's event types (API.md "Events"): every type a client may receive, in one place.</summary>
public static class EventTypes
{
    public const string CommuniqueDelivered = "communique.delivered";
    public const string CommuniqueAnswered = "communique.answered";
    public const string AgreementChanged = "agreement.changed";
    public const string RelationChanged = "relation.changed";
    public const string ClockAdvanced = "clock.advanced";
}
