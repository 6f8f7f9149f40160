using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Play;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Members.ListInvitations;

public sealed record ListInvitationsQuery(string Game) : IQuery<IReadOnlyList<InvitationView>>;

/// <summary>An invitation as its GM sees it: the link to hand out again, what it gives, and whether it still may be accepted.</summary>
public sealed record InvitationView(string Code, string Url, GameRole Role, string? Nation, int MaxUses, int Uses, int UsesLeft,
    DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, bool Revoked, bool Valid);

/// <summary>The game's invitations, newest first, for its GMs only.</summary>
public sealed class ListInvitationsHandler(GameDbContext db, ViewerLookup viewers, TimeProvider clock) : IQueryHandler<ListInvitationsQuery, IReadOnlyList<InvitationView>>
{
    public async ValueTask<IReadOnlyList<InvitationView>> Handle(ListInvitationsQuery query, CancellationToken cancellationToken)
    {
        var game = await db.FindGameAsync(query.Game, cancellationToken);
        var viewer = await viewers.GameMasterAsync(game, "see its invitations", cancellationToken);

        var now = clock.GetUtcNow();
        // Ordered here: SQLite cannot order by a DateTimeOffset column.
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.GameId == game.Id).ToListAsync(cancellationToken);
        return [.. invitations.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => new InvitationView(i.Code, Invitations.Url(i.Code), i.Role, i.Nation, i.MaxUses, i.Uses, i.UsesLeft, i.CreatedAt, i.ExpiresAt, i.IsRevoked, i.IsValidAt(now)))];
    }
}
