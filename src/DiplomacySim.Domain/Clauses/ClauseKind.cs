namespace DiplomacySim.Domain.Clauses;

/// <summary>The kinds of request a communique can carry; each has its own terms and rules.</summary>
public enum ClauseKind
{
    BasingRights,
    ProtectingPower,
    TradeAgreement,
    RefuelingRights,
    DelegationVisit,
    Cooperation,
    Investment,
    OtherRequest,
    DiplomaticRelations,
    StatusOfForces,
    DefencePact,
    OverflightRights,
    IntelligenceSharing,
    ArmsPurchase,
    VisaFacilitation,
}
