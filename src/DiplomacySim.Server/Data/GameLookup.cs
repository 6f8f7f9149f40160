using DiplomacySim.Domain.World;
using DiplomacySim.Server.Errors;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Data;

internal static class GameLookup
{
    /// <summary>Finds a game by its id or its slug, as every route's <c>{game}</c> allows.</summary>
    public static async Task<Game> FindGameAsync(this GameDbContext db, string idOrSlug, CancellationToken cancellationToken)
    {
        var game = Guid.TryParse(idOrSlug, out var id)
            ? await db.Games.SingleOrDefaultAsync(g => g.Id == id, cancellationToken)
            : await db.Games.SingleOrDefaultAsync(g => g.Slug == idOrSlug, cancellationToken);
        return game ?? throw NotFound(idOrSlug);
    }

    public static NotFoundException NotFound(string idOrSlug) =>
        new("GAME_NOT_FOUND", $"There is no game '{idOrSlug}'. GET /api/games lists the games.");
}
