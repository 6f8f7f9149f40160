using System.Text.Json.Serialization;

namespace DiplomacySim.Domain.Agreements;

/// <summary>
/// A nation an agreement (or the clause it came from) concerns, and in what role. The bilateral kinds
/// have a requester and a grantor; a mandate adds the host state as a consenting state, whose
/// <see cref="Consent"/> it awaits before it can enter into force.
/// </summary>
/// <remarks>
/// A class rather than a record: an agreement's parties are rows the database tracks by reference,
/// and the consent is the one thing about a party that changes.
/// </remarks>
public sealed class Party(string nation, PartyRole role)
{
    public string Nation { get; } = nation;
    public PartyRole Role { get; } = role;

    /// <summary>Where this party's consent stands; <see cref="Consent.NotNeeded"/> for those who concluded the agreement.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Consent Consent { get; private set; }

    /// <summary>Whether the agreement binds it: requester and grantor do; a consenting state only consents.</summary>
    [JsonIgnore]
    public bool IsBound => Role != PartyRole.ConsentingState;

    /// <summary>A third state whose consent is asked.</summary>
    internal static Party AskedToConsent(string nation) => new(nation, PartyRole.ConsentingState) { Consent = Consent.Pending };

    internal void Answer(bool given) => Consent = given ? Consent.Given : Consent.Refused;

    public override string ToString() => Consent == Consent.NotNeeded ? $"{Nation} ({Role})" : $"{Nation} ({Role}, consent {Consent})";
}

public enum PartyRole
{
    /// <summary>The nation that asked (the sender of the first clause of the exchange).</summary>
    Requester,

    /// <summary>The nation that grants what was asked (its bases, its protection, its market).</summary>
    Grantor,

    /// <summary>A third state whose consent the agreement needs (a mandate's host state).</summary>
    ConsentingState,
}

/// <summary>A party's consent: the wire's and the export's <c>hostConsent</c> words.</summary>
public enum Consent
{
    NotNeeded,
    Pending,
    Given,
    Refused,
}
