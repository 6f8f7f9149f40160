using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques.ReadCommuniques;

public sealed record GetCommuniqueQuery(string Game, Guid Id) : IQuery<CommuniqueView>;

/// <summary>One communique with its clauses; 404, never 403, where the caller may not see it, so as not to confirm it exists.</summary>
public sealed class GetCommuniqueHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<GetCommuniqueQuery, CommuniqueView>
{
    public async ValueTask<CommuniqueView> Handle(GetCommuniqueQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForReadingAsync(game, cancellationToken);
        var communique = await db.Communiques.AsNoTracking().SingleOrDefaultAsync(c => c.GameId == game.Id && c.Id == query.Id, cancellationToken);
        if (communique is null || !communique.IsVisibleTo(viewer))
            throw Errors.NotFound.Communique(query.Id);
        return (await db.ToViewsAsync([communique], cancellationToken))[0];
    }
}
