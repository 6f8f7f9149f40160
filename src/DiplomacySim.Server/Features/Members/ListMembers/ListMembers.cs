using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Members.ListMembers;

public sealed record ListMembersQuery(string Game) : IQuery<IReadOnlyList<MemberView>>;

/// <summary>A member of the game: their role and the ids of the ministries they hold.</summary>
public sealed record MemberView(string UserName, string DisplayName, GameRole Role, IReadOnlyList<Guid> Ministries);

/// <summary>
/// Every member of the game, for any member: members and seats are public within the game (the world
/// already names each ministry's holder). Someone who holds a ministry without a member row counts as a
/// player, as the viewer counts them.
/// </summary>
public sealed class ListMembersHandler(GameDbContext db, ViewerLookup viewers) : IQueryHandler<ListMembersQuery, IReadOnlyList<MemberView>>
{
    public async ValueTask<IReadOnlyList<MemberView>> Handle(ListMembersQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        await viewers.ForGameAsync(game, cancellationToken);

        var rows = await db.GameMembers.AsNoTracking().Where(m => m.GameId == game.Id).Select(m => new { m.UserId, m.Role }).ToListAsync(cancellationToken);
        var seats = await db.Ministries.AsNoTracking().Where(m => m.GameId == game.Id && m.HolderId != null)
            .Select(m => new { m.Id, HolderId = m.HolderId! }).ToListAsync(cancellationToken);
        var roles = rows.ToDictionary(r => r.UserId, r => r.Role, StringComparer.Ordinal);
        foreach (var holder in seats.Select(s => s.HolderId))
            roles.TryAdd(holder, GameRole.Player);
        var ids = roles.Keys.ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(cancellationToken);

        return [.. users
            .Select(u => new MemberView(u.UserName ?? u.Id, u.DisplayName, roles[u.Id],
                [.. seats.Where(s => s.HolderId == u.Id).Select(s => s.Id).Order()]))
            .OrderBy(m => m.UserName, StringComparer.Ordinal)];
    }
}
