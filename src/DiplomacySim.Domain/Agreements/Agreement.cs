using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;

namespace DiplomacySim.Domain.Agreements;

/// <summary>
/// An agreement as the rules of a draft read it: what a cached world hands out (see <see cref="WorldView"/>).
/// Its steps (ratify, veto, consent) are the tracked <see cref="Agreement"/>'s alone.
/// </summary>
public interface IReadOnlyAgreement
{
    Guid Id { get; }
    ClauseKind Kind { get; }
    Clause Terms { get; }
    IReadOnlyList<Party> Parties { get; }
    string Requester { get; }
    string Grantor { get; }
    string? HostState { get; }
    Classification Classification { get; }
    AgreementStatus Status { get; }
    bool IsLive { get; }
    IReadOnlyList<PersonnelAllocation> Allocations { get; }
}

/// <summary>
/// An accepted clause: its terms copied, its parties (the nations it binds and any third state whose
/// consent it needs), and the steps it still awaits (a GM's ratification, a party's consent) before it
/// enters into force.
/// </summary>
public sealed class Agreement : IReadOnlyAgreement
{
    private readonly List<Party> parties = [];

    /// <summary>
    /// Concluded between the clause's <paramref name="parties"/>; the states its terms need the consent
    /// of (<see cref="Clause.ConsentingStates"/>, a mandate's host) join it as parties whose consent is pending.
    /// </summary>
    public Agreement(
        Guid id,
        Guid gameId,
        Clause terms,
        ClauseParties parties,
        Classification classification,
        Guid sourceClauseId,
        DateOnly concludedOn,
        bool ratificationRequired)
    {
        if (parties.Requester == parties.Grantor)
            throw new ArgumentException("An agreement needs two different nations.", nameof(parties));
        Id = id;
        GameId = gameId;
        Terms = terms;
        Kind = terms.Kind;
        this.parties.AddRange(parties.All.Select(p => new Party(p.Nation, p.Role)));
        this.parties.AddRange(terms.ConsentingStates.Select(Party.AskedToConsent));
        if (this.parties.DistinctBy(p => p.Nation).Count() != this.parties.Count)
            throw new ArgumentException("A nation is a party to an agreement once.", nameof(terms));
        Classification = classification;
        SourceClauseId = sourceClauseId;
        ConcludedOn = concludedOn;
        RatificationRequired = ratificationRequired;
        Status = AgreementStatus.PendingRatification;
    }

    // For EF Core, which sets what it stored.
    private Agreement() => Terms = null!;

    public Guid Id { get; private set; }
    public Guid GameId { get; private set; }
    public ClauseKind Kind { get; private set; }

    /// <summary>The terms as accepted; never edited afterwards.</summary>
    public Clause Terms { get; private set; }

    /// <summary>
    /// Every nation it concerns, each with its role and, where asked, its consent: the requester first,
    /// then the grantor, then the consenting states. Ordered here, because the database returns an
    /// owned collection's rows in no particular order.
    /// </summary>
    public IReadOnlyList<Party> Parties => [.. parties.OrderBy(p => p.Role).ThenBy(p => p.Nation, StringComparer.Ordinal)];

    /// <summary>The nations it binds (its requester and grantor; not a state that only consents): the API's <c>parties</c>.</summary>
    public IReadOnlyList<string> Signatories => [.. Parties.Where(p => p.IsBound).Select(p => p.Nation)];

    /// <summary>The bilateral kinds' requester: the nation that asked.</summary>
    public string Requester => parties.Single(p => p.Role == PartyRole.Requester).Nation;

    /// <summary>The bilateral kinds' grantor: the nation that grants what was asked (its bases, its protection, its market).</summary>
    public string Grantor => parties.Single(p => p.Role == PartyRole.Grantor).Nation;

    /// <summary>For a protecting-power mandate, the third state whose consent it needs (the API's <c>hostState</c>).</summary>
    public string? HostState => parties.FirstOrDefault(p => p.Role == PartyRole.ConsentingState)?.Nation;

    /// <summary>The parties whose consent is asked and not yet given or refused.</summary>
    public IReadOnlyList<string> AwaitingConsentOf => [.. parties.Where(p => p.Consent == Consent.Pending).Select(p => p.Nation)];

    /// <summary>Whether it waits for <paramref name="nation"/>'s consent.</summary>
    public bool AwaitsConsentOf(string nation) => parties.Exists(p => p.Nation == nation && p.Consent == Consent.Pending);

    /// <summary>The classification of the communique it came from; it decides who may read it.</summary>
    public Classification Classification { get; private set; }

    public Guid SourceClauseId { get; private set; }
    public AgreementStatus Status { get; private set; }

    public bool RatificationRequired { get; private set; }
    public bool Ratified { get; private set; }

    /// <summary>The GM's written ruling on ratification or veto.</summary>
    public string? Ruling { get; private set; }

    public string? RuledBy { get; private set; }
    public DateOnly ConcludedOn { get; private set; }
    public DateOnly? InForceSince { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    /// <summary>For basing rights: the personnel committed at each installation.</summary>
    public List<PersonnelAllocation> Allocations { get; private set; } = [];

    /// <summary>
    /// What still stands between the agreement and its entry into force: <c>ratification</c>, and
    /// <c>hostConsent</c> while any party's consent is pending (once, however many: the parties say whose).
    /// </summary>
    public IReadOnlyList<string> Awaiting =>
        Status != AgreementStatus.PendingRatification
            ? []
            : [.. (RatificationRequired && !Ratified ? ["ratification"] : Array.Empty<string>()),
               .. (parties.Exists(p => p.Consent == Consent.Pending) ? ["hostConsent"] : Array.Empty<string>())];

    /// <summary>GMs, everyone for a public one, else the nations it concerns (<see cref="Audience.Of(Agreement)"/>).</summary>
    public bool IsVisibleTo(Viewer viewer) => viewer.MaySee(Audience.Of(this));

    /// <summary>Whether it binds or may soon bind: pending or in force.</summary>
    public bool IsLive => Status is AgreementStatus.PendingRatification or AgreementStatus.InForce;

    IReadOnlyList<PersonnelAllocation> IReadOnlyAgreement.Allocations => Allocations;

    public void Allocate(IEnumerable<PersonnelAllocation> allocations) => Allocations = [.. allocations];

    /// <summary>Enters into force at once when nothing is awaited. Returns whether it did.</summary>
    public bool TryEnterIntoForce(DateOnly today)
    {
        if (Status != AgreementStatus.PendingRatification || Awaiting.Count > 0)
            return false;
        Status = AgreementStatus.InForce;
        InForceSince = today;
        return true;
    }

    /// <summary>A GM ratifies; returns whether the agreement entered into force.</summary>
    public bool Ratify(string ruling, string ruledBy, DateOnly today)
    {
        EnsurePending();
        if (!RatificationRequired || Ratified)
            throw new AgreementStateException("AGREEMENT_NOT_AWAITING_RATIFICATION", "This agreement does not await ratification.");
        Ratified = true;
        Ruling = ruling;
        RuledBy = ruledBy;
        return TryEnterIntoForce(today);
    }

    /// <summary>A GM vetoes: the agreement never enters into force.</summary>
    public void Veto(string ruling, string ruledBy, DateOnly today)
    {
        EnsurePending();
        Status = AgreementStatus.Vetoed;
        Ruling = ruling;
        RuledBy = ruledBy;
        EndedOn = today;
    }

    /// <summary>
    /// A party whose consent was asked answers; returns whether the agreement entered into force. A
    /// refusal ends it: it never enters into force.
    /// </summary>
    public bool RecordConsent(string nation, bool given, DateOnly today)
    {
        EnsurePending();
        var party = parties.Find(p => p.Nation == nation && p.Consent == Consent.Pending)
            ?? throw new AgreementStateException("AGREEMENT_NOT_AWAITING_CONSENT", $"This agreement does not await the consent of {nation}.");
        party.Answer(given);
        if (given)
            return TryEnterIntoForce(today);
        Status = AgreementStatus.Terminated;
        EndedOn = today;
        return false;
    }

    private void EnsurePending()
    {
        if (Status != AgreementStatus.PendingRatification)
            throw new AgreementStateException("AGREEMENT_NOT_PENDING", $"This agreement is {Status}; only a pending agreement can be ruled on.");
    }
}

public enum AgreementStatus
{
    PendingRatification,
    InForce,
    Vetoed,
    Suspended,
    Terminated,
}

/// <summary>Personnel of the requester committed to one installation of the grantor.</summary>
public sealed record PersonnelAllocation(Guid Installation, int Personnel);

/// <summary>An agreement was asked to do what its status does not allow.</summary>
public sealed class AgreementStateException(string code, string message) : InvalidOperationException(message)
{
    public string Code { get; } = code;
}
