using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.Visibility;
using DiplomacySim.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Communiques;

/// <summary>
/// The rule that a communique answers one the sender may read, shared by check and send so that a
/// clean check means a clean send. A letter the sender may not read is "unknown", exactly as one that
/// does not exist: the answer must not confirm that it does.
/// </summary>
internal static class InReplyTo
{
    public const string Code = "IN_REPLY_TO_UNKNOWN";

    public static async Task<RuleViolation?> CheckAsync(GameDbContext db, Guid gameId, Guid? inReplyTo, Viewer viewer, CancellationToken cancellationToken)
    {
        if (inReplyTo is not { } id)
            return null;
        var answered = await db.Communiques.AsNoTracking().IgnoreAutoIncludes()
            .SingleOrDefaultAsync(c => c.Id == id && c.GameId == gameId, cancellationToken);
        return answered is not null && answered.IsVisibleTo(viewer)
            ? null
            : new RuleViolation(Code, "The communique this one answers (inReplyTo) does not exist in this game.", null);
    }
}
