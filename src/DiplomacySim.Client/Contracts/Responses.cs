using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;

namespace DiplomacySim.Client.Contracts;

/// <summary>The addressed ministry's answers to some or all of a communique's clauses, with a covering letter.</summary>
public sealed record ResponseDraft(Guid FromMinistry, string Body, IReadOnlyList<ClauseResponse> Responses);

/// <summary>One answer; a counter-proposal carries the terms offered instead (same kind).</summary>
public sealed record ClauseResponse(int ClauseIndex, Decision Decision, Clause? Counter = null);

/// <summary>The reply communique the answer created, its event's seq, and the agreements concluded.</summary>
public sealed record ResponseResult(Guid Id, long Seq, IReadOnlyList<Guid> Agreements);
