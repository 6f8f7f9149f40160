using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
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
    string Requester { get; }
    string Grantor { get; }
    string? HostState { get; }
    Classification Classification { get; }
    AgreementStatus Status { get; }
    bool IsLive { get; }
    IReadOnlyList<PersonnelAllocation> Allocations { get; }
}

/// <summary>
/// An accepted clause: its terms copied, its parties, and the steps it still awaits (a GM's
/// ratification, a host state's consent) before it enters into force.
/// </summary>
public sealed class Agreement : IReadOnlyAgreement
{
    public Agreement(
        Guid id,
        Guid gameId,
        Clause terms,
        string requester,
        string grantor,
        Classification classification,
        Guid sourceClauseId,
        DateOnly concludedOn,
        bool ratificationRequired)
    {
        if (requester == grantor)
            throw new ArgumentException("An agreement needs two different nations.", nameof(grantor));
        Id = id;
        GameId = gameId;
        Terms = terms;
        Kind = terms.Kind;
        Requester = requester;
        Grantor = grantor;
        Classification = classification;
        SourceClauseId = sourceClauseId;
        ConcludedOn = concludedOn;
        RatificationRequired = ratificationRequired;
        if (terms is ProtectingPowerClause mandate)
        {
            HostState = mandate.HostState;
            HostConsent = HostConsent.Pending;
        }
        Status = AgreementStatus.PendingRatification;
    }

    public Guid Id { get; private set; }
    public Guid GameId { get; private set; }
    public ClauseKind Kind { get; private set; }

    /// <summary>The terms as accepted; never edited afterwards.</summary>
    public Clause Terms { get; private set; }

    /// <summary>The nation that asked (the sender of the first clause of the exchange).</summary>
    public string Requester { get; private set; }

    /// <summary>The nation that grants what was asked (its bases, its protection, its market).</summary>
    public string Grantor { get; private set; }

    public IReadOnlyList<string> Parties => [Requester, Grantor];

    /// <summary>The classification of the communique it came from; it decides who may read it.</summary>
    public Classification Classification { get; private set; }

    public Guid SourceClauseId { get; private set; }
    public AgreementStatus Status { get; private set; }

    public bool RatificationRequired { get; private set; }
    public bool Ratified { get; private set; }

    /// <summary>For a protecting-power mandate, the third state whose consent it needs.</summary>
    public string? HostState { get; private set; }

    public HostConsent HostConsent { get; private set; }

    /// <summary>The GM's written ruling on ratification or veto.</summary>
    public string? Ruling { get; private set; }

    public string? RuledBy { get; private set; }
    public DateOnly ConcludedOn { get; private set; }
    public DateOnly? InForceSince { get; private set; }
    public DateOnly? EndedOn { get; private set; }

    /// <summary>For basing rights: the personnel committed at each installation.</summary>
    public List<PersonnelAllocation> Allocations { get; private set; } = [];

    /// <summary>What still stands between the agreement and its entry into force.</summary>
    public IReadOnlyList<string> Awaiting =>
        Status != AgreementStatus.PendingRatification
            ? []
            : [.. (RatificationRequired && !Ratified ? ["ratification"] : Array.Empty<string>()),
               .. (HostConsent == HostConsent.Pending ? ["hostConsent"] : Array.Empty<string>())];

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

    /// <summary>The host state answers; returns whether the agreement entered into force.</summary>
    public bool RecordHostConsent(bool given, DateOnly today)
    {
        EnsurePending();
        if (HostConsent != HostConsent.Pending)
            throw new AgreementStateException("AGREEMENT_NOT_AWAITING_CONSENT", "This agreement does not await a host state's consent.");
        if (given)
        {
            HostConsent = HostConsent.Given;
            return TryEnterIntoForce(today);
        }
        HostConsent = HostConsent.Refused;
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

public enum HostConsent
{
    NotNeeded,
    Pending,
    Given,
    Refused,
}

/// <summary>Personnel of the requester committed to one installation of the grantor.</summary>
public sealed record PersonnelAllocation(Guid Installation, int Personnel);

/// <summary>An agreement was asked to do what its status does not allow.</summary>
public sealed class AgreementStateException(string code, string message) : InvalidOperationException(message)
{
    public string Code { get; } = code;
}
