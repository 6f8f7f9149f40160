using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Agreements.ListAgreements;

public sealed record ListAgreementsQuery(string Game) : IQuery<IReadOnlyList<AgreementView>>;

/// <summary>The agreements the caller may read, oldest first.</summary>
public sealed class ListAgreementsHandler(GameDbContext db, PlayerLookup players) : IQueryHandler<ListAgreementsQuery, IReadOnlyList<AgreementView>>
{
    public async ValueTask<IReadOnlyList<AgreementView>> Handle(ListAgreementsQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var player = await players.ForGameAsync(game.Id, cancellationToken);
        var nations = player.Nations.ToList();
        var agreements = db.Agreements.AsNoTracking().Where(a => a.GameId == game.Id);
        if (!player.IsGameMaster)
        {
            agreements = agreements.Where(a => a.Classification == Classification.Public
                || nations.Contains(a.Requester) || nations.Contains(a.Grantor) || (a.HostState != null && nations.Contains(a.HostState)));
        }
        var list = await agreements.OrderBy(a => a.ConcludedOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return await db.ToViewsAsync(list, cancellationToken);
    }
}
