using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques.ReadCommuniques;

public sealed record CommuniqueView(
    Guid Id,
    long Seq,
    Guid FromMinistry,
    Guid ToMinistry,
    string FromNation,
    string ToNation,
    string Subject,
    Classification Classification,
    string Body,
    Guid? InReplyTo,
    DateTimeOffset SentAt,
    DateOnly InGameDate,
    IReadOnlyList<ClauseView> Clauses);

public sealed record ClauseView(
    int Index,
    ClauseKind Kind,
    ClauseStatus Status,
    Clause Terms,
    string Requester,
    string Grantor,
    ClauseRef? Answers,
    Guid? AgreementId,
    Guid? ConsentForAgreement);

internal static class CommuniqueViews
{
    /// <summary>Views of the communiques, with each counter-proposal pointing at the clause it answers.</summary>
    public static async Task<List<CommuniqueView>> ToViewsAsync(this GameDbContext db, IReadOnlyList<Communique> communiques, CancellationToken cancellationToken)
    {
        var answered = communiques.SelectMany(c => c.Clauses).Where(c => c.Answers is not null).Select(c => c.Answers!.Value).Distinct().ToList();
        var refs = answered.Count == 0
            ? []
            : await db.CommuniqueClauses.AsNoTracking().Where(c => answered.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => new ClauseRef(c.CommuniqueId, c.Index), cancellationToken);
        return [.. communiques.Select(c => new CommuniqueView(c.Id, c.Seq, c.FromMinistry, c.ToMinistry, c.FromNation, c.ToNation, c.Subject,
            c.Classification, c.Body, c.InReplyTo, c.SentAt, c.InGameDate,
            [.. c.Clauses.OrderBy(k => k.Index).Select(k => new ClauseView(k.Index, k.Kind, k.Status, k.Terms, k.Requester, k.Grantor,
                k.Answers is { } id && refs.TryGetValue(id, out var answers) ? answers : null, k.AgreementId, k.ConsentForAgreement))]))];
    }
}
