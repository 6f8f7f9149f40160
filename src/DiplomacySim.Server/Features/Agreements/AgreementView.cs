using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Features.Communiques.ReadCommuniques;
using DiplomacySim.Server.Play;
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
    ClauseRef Source);

internal static class AgreementViews
{
    /// <summary>Whether the player may read it: GMs, everyone for a public one, else the nations it concerns.</summary>
    public static bool IsVisibleTo(this Agreement agreement, Player player) =>
        player.IsGameMaster || agreement.Classification == Classification.Public || player.Nations.Any(agreement.Concerns);

    public static async Task<List<AgreementView>> ToViewsAsync(this GameDbContext db, IReadOnlyList<Agreement> agreements, CancellationToken cancellationToken)
    {
        var clauseIds = agreements.Select(a => a.SourceClauseId).Distinct().ToList();
        var sources = await db.CommuniqueClauses.AsNoTracking().Where(c => clauseIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new ClauseRef(c.CommuniqueId, c.Index), cancellationToken);
        return [.. agreements.Select(a => new AgreementView(a.Id, a.Kind, a.Parties, a.Requester, a.Grantor, a.Status, a.Terms, a.Ruling, a.HostState,
            a.Awaiting, a.Classification, a.ConcludedOn, a.InForceSince, a.Allocations, sources[a.SourceClauseId]))];
    }
}
