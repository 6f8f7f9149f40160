namespace DiplomacySim.Domain.Members;

/// <summary>A change of members or seats the game's state does not allow; <see cref="Code"/> is the API's code.</summary>
public sealed class SeatingException(string code, string message) : InvalidOperationException(message)
{
    public const string InvitationNotValid = "INVITATION_NOT_VALID";
    public const string MinistryTaken = "MINISTRY_TAKEN";
    public const string NotAMember = "NOT_A_MEMBER";
    public const string LastGameMaster = "LAST_GAME_MASTER";
    public const string NationUnknown = "NATION_UNKNOWN";
    public const string MinistryUnknown = "MINISTRY_UNKNOWN";
    public const string NationReserved = "NATION_RESERVED";
    public const string NationApplicationOnly = "NATION_APPLICATION_ONLY";
    public const string ClaimPending = "CLAIM_PENDING";
    public const string ClaimDecided = "CLAIM_DECIDED";
    public const string GameMasterOnly = "GM_ONLY";

    public string Code { get; } = code;
}
