using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Agreements;

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
    IReadOnlyList<PersonnelAllocation> Allocations,
    ClauseRef? Source);

internal static class AgreementViews
{
    /// <summary>
    /// Views for <paramref name="viewer"/>. <c>Source</c>, the clause it came from, is shown only to those
    /// who may read that letter: a host state asked to consent to a mandate sees the mandate, not the
    /// parties' correspondence or its id. <c>Parties</c> are the nations the agreement binds: a host
    /// whose consent it needs is its <c>HostState</c> (decision 12).
    /// </summary>
    public static async Task<List<AgreementView>> ToViewsAsync(this GameDbContext db, IReadOnlyList<Agreement> agreements, Viewer viewer, CancellationToken cancellationToken)
    {
        var clauseIds = agreements.Select(a => a.SourceClauseId).Distinct().ToList();
        var sources = await db.CommuniqueClauses.AsNoTracking().Where(c => clauseIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new ClauseRef(c.CommuniqueId, c.Index), cancellationToken);
        return [.. agreements.Select(a => new AgreementView(a.Id, a.Kind, a.Signatories, a.Requester, a.Grantor, a.Status, a.Terms, a.Ruling, a.HostState,
            a.Awaiting, a.Classification, a.ConcludedOn, a.InForceSince, a.Allocations,
            viewer.MaySee(Audience.Of(a.Classification, a.Signatories)) ? sources[a.SourceClauseId] : null))];
    }
}
