namespace DiplomacySim.Domain.Rules;

/// <summary>
/// The stable codes of the game's rules. Bots and the UI match on them, so a code never changes
/// meaning once published; README.md ("Game rules") lists each with what breaks it.
/// </summary>
public static class RuleCodes
{
    // The communique as a whole.
    public const string SenderNotHeld = "SENDER_NOT_HELD";
    public const string RecipientUnknown = "RECIPIENT_UNKNOWN";
    public const string SameNation = "SAME_NATION";

    // Any clause.
    public const string MinistryNotCompetent = "MINISTRY_NOT_COMPETENT";
    public const string RelationTooLow = "RELATION_TOO_LOW";
    public const string CounterChangesKind = "COUNTER_CHANGES_KIND";

    // Basing and refuelling rights.
    public const string InstallationUnknown = "INSTALLATION_UNKNOWN";
    public const string InstallationNotInRecipientTerritory = "INSTALLATION_NOT_IN_RECIPIENT_TERRITORY";
    public const string CapsInconsistent = "CAPS_INCONSISTENT";
    public const string CapacityExceeded = "CAPACITY_EXCEEDED";
    public const string InstallationLeasedToRival = "INSTALLATION_LEASED_TO_RIVAL";

    // Protecting power.
    public const string NationUnknown = "NATION_UNKNOWN";
    public const string ProtectedStateHasEmbassy = "PROTECTED_STATE_HAS_EMBASSY";
    public const string ProtectorHasNoEmbassy = "PROTECTOR_HAS_NO_EMBASSY";
    public const string ProtectorIsHost = "PROTECTOR_IS_HOST";
    public const string ProtectedStateIsHost = "PROTECTED_STATE_IS_HOST";
    public const string ProtectedStateNotRequester = "PROTECTED_STATE_NOT_REQUESTER";
    public const string MandateExists = "MANDATE_EXISTS";

    // Trade and delegations.
    public const string EmbargoInForce = "EMBARGO_IN_FORCE";
    public const string TariffOutOfRange = "TARIFF_OUT_OF_RANGE";
    public const string DateInPast = "DATE_IN_PAST";
    public const string DelegationTooLarge = "DELEGATION_TOO_LARGE";

    // Diplomatic relations.
    public const string RelationsAlreadyEstablished = "RELATIONS_ALREADY_ESTABLISHED";
    public const string NoDiplomaticRelations = "NO_DIPLOMATIC_RELATIONS";
    public const string MissionAlreadyOpen = "MISSION_ALREADY_OPEN";
    public const string MissionNotOpen = "MISSION_NOT_OPEN";

    // Status of forces and defence pacts.
    public const string NoAccessAgreement = "NO_ACCESS_AGREEMENT";
    public const string MutualDefenceWithRival = "MUTUAL_DEFENCE_WITH_RIVAL";
    public const string PactExists = "PACT_EXISTS";

    // Sends and answers.
    public const string InReplyToUnknown = "IN_REPLY_TO_UNKNOWN";
    public const string NotAddressedToMinistry = "NOT_ADDRESSED_TO_MINISTRY";
    public const string ClauseUnknown = "CLAUSE_UNKNOWN";
    public const string ClauseAlreadyAnswered = "CLAUSE_ALREADY_ANSWERED";
    public const string CounterNotAllowed = "COUNTER_NOT_ALLOWED";
    public const string AgreementNotPending = "AGREEMENT_NOT_PENDING";

    /// <summary>Every code, for documentation and for the test that each has a breaking case.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SenderNotHeld, RecipientUnknown, SameNation,
        MinistryNotCompetent, RelationTooLow, CounterChangesKind,
        InstallationUnknown, InstallationNotInRecipientTerritory, CapsInconsistent, CapacityExceeded, InstallationLeasedToRival,
        NationUnknown, ProtectedStateHasEmbassy, ProtectorHasNoEmbassy, ProtectorIsHost, ProtectedStateIsHost, ProtectedStateNotRequester, MandateExists,
        EmbargoInForce, TariffOutOfRange, DateInPast, DelegationTooLarge,
        RelationsAlreadyEstablished, NoDiplomaticRelations, MissionAlreadyOpen, MissionNotOpen,
        NoAccessAgreement, MutualDefenceWithRival, PactExists,
    ];
}
