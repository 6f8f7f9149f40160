using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Relations.GetRelation;

public sealed record GetRelationQuery(string Game, string From, string To) : IQuery<RelationDetail>;

public sealed record RelationDetail(string From, string To, int Score, IReadOnlyList<ModifierView> Modifiers);

/// <summary>
/// One modifier behind a score. <c>Amount</c> is its value when it began, <c>Value</c> today's. A
/// modifier whose cause the caller may not see (a secret letter's contact, a secret agreement in force)
/// is not listed on its own: all of them together are one entry with the reason
/// <see cref="Audience.UndisclosedReason"/>, today's value summed, and no seq, date or decay, so the score
/// still adds up without saying what moved it, when, or how many things did.
/// </summary>
public sealed record ModifierView(string Reason, int Amount, int Value, long? SourceEventSeq, DateOnly? Since, DecayView? Decay);

/// <summary>How a modifier fades; null for one that lasts.</summary>
public sealed record DecayView(string Kind, int OverDays);

public sealed class GetRelationHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<GetRelationQuery, RelationDetail>
{
    public async ValueTask<RelationDetail> Handle(GetRelationQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForReadingAsync(game, cancellationToken);
        var from = query.From.ToUpperInvariant();
        var to = query.To.ToUpperInvariant();
        var known = await db.Nations.Where(n => n.GameId == game.Id && (n.Code == from || n.Code == to)).CountAsync(cancellationToken);
        if (from == to || known != 2)
            throw new NotFoundException("NATION_NOT_FOUND", $"There is no pair {query.From}→{query.To} of two nations in this game. GET /api/games/{game.Slug} lists the nations.");
        if (!viewer.MaySee(Audience.OfRelation(game.RelationsVisibility, from, to)))
            throw new ForbiddenException("RELATIONS_HIDDEN", "This game shows each nation only the opinions that concern it.");

        var modifiers = await db.OpinionModifiers.AsNoTracking().Where(m => m.GameId == game.Id && m.From == from && m.To == to)
            .OrderBy(m => m.Since).ThenBy(m => m.SourceEventSeq).ToListAsync(cancellationToken);
        var sources = modifiers.Where(m => m.SourceEventSeq is not null).Select(m => m.SourceEventSeq!.Value).Distinct().ToList();
        var causes = await db.Events.AsNoTracking().Where(e => e.GameId == game.Id && sources.Contains(e.Seq)).ToListAsync(cancellationToken);
        var disclosed = causes.Where(e => e.IsVisibleTo(viewer)).Select(e => e.Seq).ToHashSet();

        var today = game.InGameDate;
        var views = new List<ModifierView>();
        var undisclosed = 0L;
        var anyUndisclosed = false;
        foreach (var m in modifiers)
        {
            if (m.SourceEventSeq is { } seq && !disclosed.Contains(seq))
            {
                undisclosed += m.ValueOn(today);
                anyUndisclosed = true;
                continue;
            }
            views.Add(new ModifierView(m.Reason, m.Amount, m.ValueOn(today), m.SourceEventSeq, m.Since, m.FadesOverDays is { } days ? new DecayView("linear", days) : null));
        }
        if (anyUndisclosed)
        {
            var value = (int)Math.Clamp(undisclosed, int.MinValue, int.MaxValue);
            views.Add(new ModifierView(Audience.UndisclosedReason, value, value, null, null, null));
        }
        return new RelationDetail(from, to, Opinion.Score(modifiers, today), views);
    }
}
