using DiplomacySim.Domain.Opinions;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Relations;

public sealed record GetRelationQuery(string Game, string From, string To) : IQuery<RelationDetail>;

public sealed record RelationDetail(string From, string To, int Score, IReadOnlyList<ModifierView> Modifiers);

/// <summary>
/// One modifier behind a score. <c>Amount</c> is its value when it began, <c>Value</c> today's.
/// <c>SourceEventSeq</c> is withheld when the caller may not see the event that caused it (a secret
/// communique's contact still counts, but does not reveal itself).
/// </summary>
public sealed record ModifierView(string Reason, int Amount, int Value, long? SourceEventSeq, DateOnly Since, DecayView? Decay);

/// <summary>How a modifier fades; null for one that lasts.</summary>
public sealed record DecayView(string Kind, int OverDays);

public sealed class GetRelationHandler(GameDbContext db, PlayerLookup players) : IQueryHandler<GetRelationQuery, RelationDetail>
{
    public async ValueTask<RelationDetail> Handle(GetRelationQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var player = await players.ForGameAsync(game.Id, cancellationToken);
        var from = query.From.ToUpperInvariant();
        var to = query.To.ToUpperInvariant();
        var known = await db.Nations.Where(n => n.GameId == game.Id && (n.Code == from || n.Code == to)).CountAsync(cancellationToken);
        if (from == to || known != 2)
            throw new NotFoundException("NATION_NOT_FOUND", $"There is no pair {query.From}→{query.To} of two nations in this game. GET /api/games/{game.Slug} lists the nations.");
        if (!player.MaySee(game, from, to))
            throw new ForbiddenException("RELATIONS_HIDDEN", "This game shows each nation only the opinions that concern it.");

        var modifiers = await db.OpinionModifiers.AsNoTracking().Where(m => m.GameId == game.Id && m.From == from && m.To == to)
            .OrderBy(m => m.Since).ThenBy(m => m.SourceEventSeq).ToListAsync(cancellationToken);
        var sources = modifiers.Where(m => m.SourceEventSeq is not null).Select(m => m.SourceEventSeq!.Value).Distinct().ToList();
        var events = await db.Events.AsNoTracking().Where(e => e.GameId == game.Id && sources.Contains(e.Seq)).ToListAsync(cancellationToken);
        var visible = events.Where(e => e.IsVisibleTo(player.Nations, player.IsGameMaster)).Select(e => e.Seq).ToHashSet();

        return new RelationDetail(from, to, Opinion.Score(modifiers, game.InGameDate), [.. modifiers.Select(m => new ModifierView(
            m.Reason, m.Amount, m.ValueOn(game.InGameDate),
            m.SourceEventSeq is { } seq && visible.Contains(seq) ? seq : null,
            m.Since,
            m.FadesOverDays is { } days ? new DecayView("linear", days) : null))]);
    }
}
