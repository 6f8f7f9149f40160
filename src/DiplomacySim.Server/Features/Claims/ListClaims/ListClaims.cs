using DiplomacySim.Domain.Members;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Claims.ListClaims;

public sealed record ListClaimsQuery(string Game) : IQuery<IReadOnlyList<ClaimView>>;

/// <summary>
/// The claims a member may see: a GM the game's whole queue, anyone else their own. Pending claims come
/// first, oldest first (the one waiting longest is the next to decide); decided ones after them, the most
/// recently decided first. A non-member is 404 GAME_NOT_FOUND.
/// </summary>
public sealed class ListClaimsHandler(GameDbContext db, ViewerLookup viewers, TimeProvider clock) : IQueryHandler<ListClaimsQuery, IReadOnlyList<ClaimView>>
{
    public async ValueTask<IReadOnlyList<ClaimView>> Handle(ListClaimsQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForGameAsync(game, cancellationToken);

        var claims = await db.Claims.AsNoTracking()
            .Where(c => c.GameId == game.Id && (viewer.IsGameMaster || c.ClaimantId == viewer.UserId))
            .ToListAsync(cancellationToken);
        List<Claim> ordered = [.. claims.Where(c => c.IsPending).OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id),
            .. claims.Where(c => !c.IsPending).OrderByDescending(c => c.DecidedAt).ThenBy(c => c.Id)];
        return await ClaimView.OfAsync(db, ordered, clock.GetUtcNow(), cancellationToken);
    }
}
