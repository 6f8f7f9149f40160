using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Features.Claims;

/// <summary>
/// A claim as the GMs' queue and its claimant see it: who claims (user and display name), the nation and
/// the ministries wanted, the note, when it came and its age by the server's clock (real time, not the
/// game's), and once decided, the outcome, the seats given, who decided (null for a claim the rules
/// approved: an open nation of an open game), when, and the GM's note or reason.
/// </summary>
public sealed record ClaimView(
    Guid Id,
    string Nation,
    string Claimant,
    string ClaimantDisplayName,
    IReadOnlyList<MinistryKind> Ministries,
    string? Note,
    DateTimeOffset SubmittedAt,
    int AgeDays,
    int AgeHours,
    ClaimState Status,
    IReadOnlyList<Guid> Seats,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote)
{
    /// <summary>The views of <paramref name="claims"/>, in their order, with the names of claimants and deciders read in one query.</summary>
    public static async Task<List<ClaimView>> OfAsync(GameDbContext db, IReadOnlyList<Claim> claims, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = claims.Select(c => c.ClaimantId).Concat(claims.Select(c => c.DecidedById).OfType<string>()).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.DisplayName }).ToDictionaryAsync(u => u.Id, cancellationToken);
        string NameOf(string id) => users.TryGetValue(id, out var u) ? u.UserName ?? id : id;
        return [.. claims.Select(c =>
        {
            var age = c.AgeAt(now);
            return new ClaimView(c.Id, c.Nation, NameOf(c.ClaimantId), users.TryGetValue(c.ClaimantId, out var u) ? u.DisplayName : "",
                c.Ministries, c.Note, c.SubmittedAt, (int)age.TotalDays, (int)age.TotalHours, c.State, c.Seats,
                c.DecidedById is { } by ? NameOf(by) : null, c.DecidedAt, c.DecisionNote);
        })];
    }

    /// <summary>The game's claim <paramref name="id"/>, tracked, for a decision; 404 CLAIM_NOT_FOUND for one of another game or none.</summary>
    public static async Task<Claim> FindAsync(GameDbContext db, Game game, Guid id, CancellationToken cancellationToken) =>
        await db.Claims.SingleOrDefaultAsync(c => c.GameId == game.Id && c.Id == id, cancellationToken)
        ?? throw new NotFoundException("CLAIM_NOT_FOUND", $"This game has no claim {id}. GET .../claims lists them.");
}
