using System.Text.Json;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Forum.Export;

/// <summary>
/// The words the exports use for the API's codes, the same words the browser shows: the browser's
/// table is src/DiplomacySim.Web/src/js/labels.js, and LabelsAgreeTests (in the browser tests)
/// reads that file's JSON table as text and checks that each group here says exactly what it says.
/// The words are written out here rather than read from the JavaScript at run time, so that the
/// exports need no file beside the server; the test keeps the two from drifting apart.
/// Keyed by the code as the API writes it (camelCase), so that the comparison is code for code.
/// </summary>
public static class Labels
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Groups { get; } = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["clauseKind"] = new Dictionary<string, string>
        {
            ["basingRights"] = "Basing rights",
            ["protectingPower"] = "Protecting power",
            ["tradeAgreement"] = "Trade agreement",
            ["refuelingRights"] = "Refuelling rights",
            ["delegationVisit"] = "Delegation visit",
            ["cooperation"] = "Cooperation",
            ["investment"] = "Investment",
            ["otherRequest"] = "Other request",
            ["diplomaticRelations"] = "Diplomatic relations",
            ["statusOfForces"] = "Status of forces",
            ["defencePact"] = "Defence pact",
            ["overflightRights"] = "Overflight rights",
            ["intelligenceSharing"] = "Intelligence sharing",
            ["armsPurchase"] = "Arms purchase",
            ["visaFacilitation"] = "Visa facilitation",
        },
        ["capability"] = new Dictionary<string, string>
        {
            ["sigint"] = "Signals intelligence (SIGINT)",
            ["elint"] = "Electronic intelligence (ELINT)",
            ["navalPresence"] = "Naval presence",
            ["airOperations"] = "Air operations",
            ["logistics"] = "Logistics",
        },
        ["protectionScope"] = new Dictionary<string, string>
        {
            ["both"] = "Diplomatic and consular",
            ["diplomatic"] = "Diplomatic",
            ["consular"] = "Consular",
        },
        ["refuelingAsset"] = new Dictionary<string, string>
        {
            ["air"] = "Aircraft",
            ["naval"] = "Vessels",
        },
        ["cooperationSector"] = new Dictionary<string, string>
        {
            ["defense"] = "Defence",
            ["energy"] = "Energy",
            ["industrial"] = "Industry",
            ["security"] = "Security",
            ["cultural"] = "Culture",
        },
        ["diplomaticAction"] = new Dictionary<string, string>
        {
            ["establishRelations"] = "Establish diplomatic relations",
            ["openEmbassy"] = "Open an embassy",
            ["accreditAmbassador"] = "Accredit an ambassador",
        },
        ["jurisdiction"] = new Dictionary<string, string>
        {
            ["sendingState"] = "Sending state",
            ["receivingState"] = "Receiving state",
            ["shared"] = "Shared",
        },
        ["pactType"] = new Dictionary<string, string>
        {
            ["nonAggression"] = "Non-aggression pact",
            ["mutualDefence"] = "Mutual defence pact",
        },
        ["aircraftCategory"] = new Dictionary<string, string>
        {
            ["military"] = "Military aircraft",
            ["civil"] = "Civil aircraft",
            ["both"] = "Military and civil aircraft",
        },
        ["intelligenceDomain"] = new Dictionary<string, string>
        {
            ["sigint"] = "SIGINT (signals)",
            ["humint"] = "HUMINT (human sources)",
            ["imint"] = "IMINT (imagery)",
            ["osint"] = "OSINT (open sources)",
            ["cyber"] = "Cyber threat intelligence",
        },
        ["classification"] = new Dictionary<string, string>
        {
            ["public"] = "Public",
            ["confidential"] = "Confidential",
            ["secret"] = "Secret",
        },
        ["agreementStatus"] = new Dictionary<string, string>
        {
            ["pendingRatification"] = "Awaiting ratification",
            ["inForce"] = "In force",
            ["vetoed"] = "Vetoed",
            ["suspended"] = "Suspended",
            ["terminated"] = "Terminated",
        },
        ["hostConsent"] = new Dictionary<string, string>
        {
            ["notNeeded"] = "Not needed",
            ["pending"] = "Awaiting the host state",
            ["given"] = "Given",
            ["refused"] = "Refused",
        },
    };

    /// <summary>The group each enum's words are in.</summary>
    public static IReadOnlyDictionary<Type, string> GroupOf { get; } = new Dictionary<Type, string>
    {
        [typeof(ClauseKind)] = "clauseKind",
        [typeof(BasingCapability)] = "capability",
        [typeof(ProtectionScope)] = "protectionScope",
        [typeof(RefuelingAsset)] = "refuelingAsset",
        [typeof(CooperationSector)] = "cooperationSector",
        [typeof(DiplomaticAction)] = "diplomaticAction",
        [typeof(Jurisdiction)] = "jurisdiction",
        [typeof(PactType)] = "pactType",
        [typeof(AircraftCategory)] = "aircraftCategory",
        [typeof(IntelligenceDomain)] = "intelligenceDomain",
        [typeof(Classification)] = "classification",
        [typeof(AgreementStatus)] = "agreementStatus",
        [typeof(Consent)] = "hostConsent",
    };

    /// <summary>An enum value in words: Of(BasingCapability.Sigint) is "Signals intelligence (SIGINT)".</summary>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var code = JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
        return Groups[GroupOf[typeof(T)]].TryGetValue(code, out var words) ? words : code;
    }

    /// <summary>A label inside a sentence: "Naval presence" becomes "naval presence"; "SIGINT ..." stays.</summary>
    public static string InSentence(string label) =>
        label.Length > 1 && char.IsUpper(label[1]) ? label : char.ToLowerInvariant(label[0]) + label[1..];
}
