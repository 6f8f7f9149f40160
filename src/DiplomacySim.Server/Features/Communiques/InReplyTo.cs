using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>
/// The rule that a communique answers one the sender may read, shared by check and send so that a
/// clean check means a clean send.
/// </summary>
internal static class InReplyTo
{
    /// <summary>Loads the letter answered and asks the Domain's rule (<see cref="Correspondence.CheckReply"/>).</summary>
    public static async Task<RuleViolation?> CheckAsync(GameDbContext db, Guid gameId, Guid? inReplyTo, Viewer viewer, CancellationToken cancellationToken)
    {
        if (inReplyTo is not { } id)
            return null;
        var answered = await db.Communiques.AsNoTracking().IgnoreAutoIncludes()
            .SingleOrDefaultAsync(c => c.Id == id && c.GameId == gameId, cancellationToken);
        return Correspondence.CheckReply(inReplyTo, answered, viewer);
    }
}
