using System.Text.Json;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Events;

public sealed record ListEventsQuery(string Game, long After, int Limit) : IQuery<IReadOnlyList<EventView>>;

public sealed record EventView(long Seq, string Type, DateTimeOffset OccurredAt, DateOnly InGameDate, JsonElement Payload);

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
public sealed class ListEventsHandler(GameDbContext db, PlayerLookup players) : IQueryHandler<ListEventsQuery, IReadOnlyList<EventView>>
{
    public async ValueTask<IReadOnlyList<EventView>> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var player = await players.ForGameAsync(game.Id, cancellationToken);
        var nations = player.Nations.ToList();
        var events = db.Events.AsNoTracking().Where(e => e.GameId == game.Id && e.Seq > query.After);
        if (!player.IsGameMaster)
            events = events.Where(e => e.Audience == null || e.Audience.Any(n => nations.Contains(n)));
        var page = await events.OrderBy(e => e.Seq).Take(query.Limit).ToListAsync(cancellationToken);
        return [.. page.Select(e => new EventView(e.Seq, e.Type, e.OccurredAt, e.InGameDate, JsonDocument.Parse(e.Payload).RootElement.Clone()))];
    }
}
