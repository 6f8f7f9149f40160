using DiplomacySim.Domain.Communiques;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques.ReadCommuniques;

public enum Box
{
    Inbox,
    Sent,
    All,
}

internal static class Boxes
{
    /// <summary>
    /// The box a query names, in any case (<c>inbox</c>, <c>Sent</c>); all when none. Parsed here rather
    /// than bound, because the framework's enum binding is case-sensitive and answers a bare 400.
    /// </summary>
    public static Box Parse(string? box)
    {
        if (string.IsNullOrWhiteSpace(box))
            return Box.All;
        if (!int.TryParse(box, out _) && Enum.TryParse<Box>(box, ignoreCase: true, out var parsed))
            return parsed;
        throw new ValidationException([new ValidationFailure("box", $"'{box}' is not a box; use inbox, sent or all.")]);
    }
}

/// <summary>
/// The communiques the caller may see, newest first. Inbox and sent are by the ministries the caller
/// holds; a GM's inbox and sent box are those of the ministries no player holds, which GMs answer for.
/// </summary>
public sealed record ListCommuniquesQuery(string Game, Box Box, int Limit) : IQuery<IReadOnlyList<CommuniqueView>>;

public sealed class ListCommuniquesValidator : AbstractValidator<ListCommuniquesQuery>
{
    public const int MaxLimit = 500;

    public ListCommuniquesValidator()
    {
        RuleFor(q => q.Box).IsInEnum();
        RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
    }
}

public sealed class ListCommuniquesHandler(GameDbContext db, PlayerLookup players) : IQueryHandler<ListCommuniquesQuery, IReadOnlyList<CommuniqueView>>
{
    public async ValueTask<IReadOnlyList<CommuniqueView>> Handle(ListCommuniquesQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var player = await players.ForGameAsync(game.Id, cancellationToken);
        var inGame = db.Communiques.AsNoTracking().Where(c => c.GameId == game.Id);

        var ministries = player.Ministries.ToList();
        if (player.IsGameMaster)
        {
            var unheld = await db.Ministries.Where(m => m.GameId == game.Id && m.HolderId == null).Select(m => m.Id).ToListAsync(cancellationToken);
            ministries.AddRange(unheld);
        }
        var nations = player.Nations.ToList();
        var visible = player.IsGameMaster
            ? inGame
            : inGame.Where(c => c.Classification == Classification.Public || nations.Contains(c.FromNation) || nations.Contains(c.ToNation));
        var box = query.Box switch
        {
            Box.Inbox => visible.Where(c => ministries.Contains(c.ToMinistry)),
            Box.Sent => visible.Where(c => ministries.Contains(c.FromMinistry)),
            _ => visible,
        };
        var page = await box.OrderByDescending(c => c.Seq).Take(query.Limit).ToListAsync(cancellationToken);
        return await db.ToViewsAsync(page, cancellationToken);
    }
}
