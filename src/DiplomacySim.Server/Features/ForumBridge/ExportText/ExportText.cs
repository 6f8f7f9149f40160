using DiplomacySim.Domain.Agreements;
using DiplomacySim.Forum.Export;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.ForumBridge.ExportText;

/// <summary>A communique (<see cref="IsAgreement"/> false) or an agreement as text to paste into a forum thread or a chat.</summary>
public sealed record ExportTextQuery(string Game, Guid Id, bool IsAgreement, ExportFormat Format) : IQuery<string>;

/// <summary>Only what the caller may read is exported; anything else is the same 404 as reading it.</summary>
public sealed class ExportTextHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<ExportTextQuery, string>
{
    public async ValueTask<string> Handle(ExportTextQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForReadingAsync(game, cancellationToken);
        var world = await db.LoadForumWorldAsync(game, cancellationToken);

        if (query.IsAgreement)
        {
            var agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.GameId == game.Id && a.Id == query.Id, cancellationToken);
            if (agreement is null || !agreement.IsVisibleTo(viewer))
                throw NotFound.Agreement(query.Id);
            return ForumExport.Treaty(agreement, world, query.Format);
        }

        var communique = await db.Communiques.AsNoTracking().SingleOrDefaultAsync(c => c.GameId == game.Id && c.Id == query.Id, cancellationToken);
        if (communique is null || !communique.IsVisibleTo(viewer))
            throw NotFound.Communique(query.Id);
        var from = world.Ministries.Single(m => m.Id == communique.FromMinistry);
        var to = world.Ministries.Single(m => m.Id == communique.ToMinistry);
        return ForumExport.Communique(
            new CommuniqueText(from, to, communique.Subject, communique.Classification, communique.Body, [.. communique.Clauses.OrderBy(c => c.Index).Select(c => c.Terms)], communique.InGameDate),
            world, query.Format);
    }
}
