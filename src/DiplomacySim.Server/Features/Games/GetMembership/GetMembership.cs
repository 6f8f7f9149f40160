using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Games.GetMembership;

/// <summary>What the caller is in a game, so that a client (the browser) shows each user the desks that are theirs.</summary>
public sealed record GetMembershipQuery(string Game) : IQuery<MembershipView>;

/// <summary>
/// The caller's place in one game: <c>Role</c> is gameMaster, player or spectator (a user who is not a
/// member gets 404, as for every route of the game). <c>Ministries</c> are the ids of the ministries held.
/// </summary>
public sealed record MembershipView(string UserName, string Role, IReadOnlyList<Guid> Ministries, IReadOnlyList<string> Nations);

public sealed class GetMembershipHandler(GameDbContext db, ViewerLookup viewers, CurrentUser user) : IQueryHandler<GetMembershipQuery, MembershipView>
{
    public async ValueTask<MembershipView> Handle(GetMembershipQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.ForGameAsync(game, cancellationToken);
        var userId = user.Id;
        var userName = await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken) ?? "";
        var spectator = await db.GameMembers.AnyAsync(m => m.GameId == game.Id && m.UserId == userId && m.Role == GameRole.Spectator, cancellationToken);
        var role = viewer.IsGameMaster ? "gameMaster" : viewer.Ministries.Count > 0 ? "player" : spectator ? "spectator" : "player";
        return new MembershipView(userName, role, [.. viewer.Ministries.Order()], [.. viewer.Nations.Order(StringComparer.Ordinal)]);
    }
}
