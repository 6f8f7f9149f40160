using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Client.Contracts;

/// <summary>
/// An accepted clause and where it stands: <paramref name="Awaiting"/> lists what it still needs
/// (<c>ratification</c>, <c>hostConsent</c>) before it enters into force.
/// </summary>
public sealed record AgreementView(
    Guid Id,
    ClauseKind Kind,
    IReadOnlyList<string> Parties,
    string Requester,
    string Grantor,
    AgreementStatus Status,
    Clause Terms,
    string? Ruling,
    string? HostState,
    IReadOnlyList<string> Awaiting,
    Classification Classification,
    DateOnly ConcludedOn,
    DateOnly? InForceSince,
    IReadOnlyList<AllocationView> Allocations,
    ClauseRef? Source);

/// <summary>Personnel of the requester committed to one installation of the grantor.</summary>
public sealed record AllocationView(Guid Installation, int Personnel);

/// <summary>The in-game date after the GM advanced the clock.</summary>
public sealed record ClockResult(DateOnly InGameDate);
