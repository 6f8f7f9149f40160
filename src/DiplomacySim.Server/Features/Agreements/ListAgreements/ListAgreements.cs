using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Agreements.ListAgreements;

public sealed record ListAgreementsQuery(string Game) : IQuery<IReadOnlyList<AgreementView>>;

/// <summary>The agreements the caller may read, oldest first.</summary>
public sealed class ListAgreementsHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<ListAgreementsQuery, IReadOnlyList<AgreementView>>
{
    public async ValueTask<IReadOnlyList<AgreementView>> Handle(ListAgreementsQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForReadingAsync(game, cancellationToken);
        var list = await db.Agreements.AsNoTracking().Where(a => a.GameId == game.Id).VisibleTo(viewer).OrderBy(a => a.ConcludedOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return await db.ToViewsAsync(list, viewer, cancellationToken);
    }
}
