using System.Text.Json;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Events;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Events.ListEvents;

public sealed record ListEventsQuery(string Game, long After, int Limit) : IQuery<IReadOnlyList<EventView>>;


public sealed class ListEventsValidator : AbstractValidator<ListEventsQuery>
{
    public const int MaxLimit = 1_000;

    public ListEventsValidator()
    {
        RuleFor(q => q.After).GreaterThanOrEqualTo(0);
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
    }
}

/// <summary>
/// The events after a seq that the caller may see, in seq order. Hidden events leave gaps, so a
/// client pages on with the last seq it received, never by counting.
/// </summary>
public sealed class ListEventsHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<ListEventsQuery, IReadOnlyList<EventView>>
{
    public async ValueTask<IReadOnlyList<EventView>> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForReadingAsync(game, cancellationToken);
        var page = await db.Events.AsNoTracking().Where(e => e.GameId == game.Id && e.Seq > query.After).VisibleTo(viewer)
            .OrderBy(e => e.Seq).Take(query.Limit).ToListAsync(cancellationToken);
        // An event derived from something the caller may not know (a score moved by a secret deal) is
        // read in its undisclosed form: the same choice the relay makes for live and catch-up frames.
        return [.. page.Select(e => new EventView(e.Seq, e.Type, e.OccurredAt, e.InGameDate, JsonElement.Parse(e.PayloadFor(viewer)!)))];
    }
}
