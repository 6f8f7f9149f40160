using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Errors;
using Microsoft.EntityFrameworkCore;

namespace DiplomacySim.Server.Play;

/// <summary>
/// Loads a game's <see cref="Roster"/> for a change of members or seats, tracked, inside the command's
/// transaction (which holds the game's lock), and finds accounts by user name.
/// </summary>
public sealed class Rosters(GameDbContext db, CurrentUser user)
{
    public async Task<Roster> LoadAsync(Game game, CancellationToken cancellationToken)
    {
        var members = await db.GameMembers.Where(m => m.GameId == game.Id).ToListAsync(cancellationToken);
        var ministries = await db.Ministries.Where(m => m.GameId == game.Id).ToListAsync(cancellationToken);
        var ids = members.Select(m => m.UserId).Concat(ministries.Select(m => m.HolderId).OfType<string>()).Append(user.Id).Distinct().ToList();
        var names = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToDictionaryAsync(u => u.Id, u => u.UserName ?? u.Id, cancellationToken);
        return new Roster(game, members, ministries, names);
    }

    /// <summary>The signed-in user as the roster names them.</summary>
    public async Task<Person> CallerAsync(CancellationToken cancellationToken) =>
        await FindAsync(user.Id, byId: true, cancellationToken)
        ?? throw new UnauthorizedException("TOKEN_REVOKED", "The account of this token no longer exists.");

    /// <summary>The account with the id <paramref name="userId"/>, or null when there is none.</summary>
    public Task<Person?> ByIdAsync(string userId, CancellationToken cancellationToken) => FindAsync(userId, byId: true, cancellationToken);

    /// <summary>The account named <paramref name="userName"/>, or null when there is none.</summary>
    public Task<Person?> ByNameAsync(string userName, CancellationToken cancellationToken) => FindAsync(userName, byId: false, cancellationToken);

    private async Task<Person?> FindAsync(string key, bool byId, CancellationToken cancellationToken)
    {
        var found = await db.Users.AsNoTracking()
            .Where(u => byId ? u.Id == key : u.UserName == key)
            .Select(u => new { u.Id, u.UserName })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new Person(found.Id, found.UserName ?? found.Id);
    }
}

/// <summary>What joining says: the game (its slug) and the caller's role in it now.</summary>
public sealed record Membership(string Game, GameRole Role);


internal static class Invitations
{
    /// <summary>
    /// One answer for an unknown, expired, used-up or revoked code: it says nothing of which, nor of the
    /// game, so that a guessed code learns nothing.
    /// </summary>
    public static GoneException NotValid() =>
        new(SeatingException.InvitationNotValid, "This invitation cannot be accepted: it may have expired, been used up or been revoked. Ask the game master for a new link.");

    /// <summary>The browser's page for an invitation link.</summary>
    public static string Url(string code) => $"/join/{code}";
}
