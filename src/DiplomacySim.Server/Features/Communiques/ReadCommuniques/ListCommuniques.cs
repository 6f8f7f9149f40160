using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques.ReadCommuniques;

public enum Box
{
    Inbox,
    Sent,
    All,
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

public sealed class ListCommuniquesHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<ListCommuniquesQuery, IReadOnlyList<CommuniqueView>>
{
    public async ValueTask<IReadOnlyList<CommuniqueView>> Handle(ListCommuniquesQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForReadingAsync(game, cancellationToken);
        var inGame = db.Communiques.AsNoTracking().Where(c => c.GameId == game.Id);

        var ministries = viewer.Ministries.ToList();
        if (viewer.IsGameMaster)
        {
            var unheld = await db.Ministries.Where(m => m.GameId == game.Id && m.HolderId == null).Select(m => m.Id).ToListAsync(cancellationToken);
            ministries.AddRange(unheld);
        }
        var visible = inGame.VisibleTo(viewer);
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
