using System.Collections.Concurrent;
using System.Security.Claims;
using DiplomacySim.Server.Data;
using DiplomacySim.Server.Data.Identity;
using DiplomacySim.Server.Realtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DiplomacySim.Server.Access;

/// <summary>
/// Refuses a bearer token issued before its account's security stamp last changed (a password change,
/// sign-out-everywhere), on HTTP and on the hub, and closes such tokens' open hub connections
/// (decision 10). Each token carries the stamp it was issued with; the account's current stamp is read
/// through a small cache, so an authenticated request costs one dictionary lookup. The cache forgets an
/// account at once on the instance that changed it, on every other instance at a PostgreSQL NOTIFY sent
/// in the change's transaction, everything when the listener had to reconnect, and any entry after five
/// minutes whatever happens.
/// </summary>
public sealed partial class TokenRevocation(IServiceScopeFactory scopes, HubConnections hubs, IOptions<IdentityOptions> identity, ILogger<TokenRevocation> logger)
{
    /// <summary>The channel on which an instance tells the others that an account's stamp changed (payload: its id).</summary>
    public const string NotifyChannel = "diplomacysim_accounts";

    private const string RevokedItem = "DiplomacySim.TokenRevoked";
    private const int MaxEntries = 200_000;
    private static readonly long MaxAgeMilliseconds = (long)TimeSpan.FromMinutes(5).TotalMilliseconds;

    private readonly ConcurrentDictionary<string, Entry> stamps = new(StringComparer.Ordinal);

    // Moved by every forgetting, under the lock: a stamp read from the database before a change is
    // never stored after it (the change's forgetting would otherwise be undone by a slow read).
    private readonly Lock storing = new();
    private long generation;

    private string UserIdClaim => identity.Value.ClaimsIdentity.UserIdClaimType;
    private string StampClaim => identity.Value.ClaimsIdentity.SecurityStampClaimType;

    /// <summary>
    /// After authentication: a signed-in request whose token is no longer current goes on as signed
    /// out, so a route that needs a user answers 401 (<c>TOKEN_REVOKED</c>, see <see cref="WasRevoked"/>).
    /// </summary>
    /// <remarks>
    /// Not async when the stamp is known (the usual case): a hub connection's request stays in this call
    /// for as long as the connection is open, and an async method kept its state machine (136 bytes)
    /// alive for all of it.
    /// </remarks>
    public Task RefuseRevokedAsync(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated != true)
            return next(context);
        var current = IsCurrentAsync(context.User, context.RequestAborted);
        if (!current.IsCompletedSuccessfully)
            return RefuseRevokedAsync(context, next, current);
        if (!current.Result)
            Refuse(context);
        return next(context);
    }

    private static async Task RefuseRevokedAsync(HttpContext context, RequestDelegate next, ValueTask<bool> current)
    {
        if (!await current)
            Refuse(context);
        await next(context);
    }

    private static void Refuse(HttpContext context)
    {
        context.User = new ClaimsPrincipal(new ClaimsIdentity());
        context.Items[RevokedItem] = true;
    }

    /// <summary>Whether this request's token was refused as revoked.</summary>
    public static bool WasRevoked(HttpContext context) => context.Items.ContainsKey(RevokedItem);

    /// <summary>
    /// Changes <paramref name="user"/>'s stamp with <paramref name="change"/> (a password change, a new
    /// stamp) in one transaction with the notification to the other instances, then refuses the older
    /// tokens here at once and closes their hub connections.
    /// </summary>
    public async Task<IdentityResult> ChangeStampAsync(GameDbContext db, User user, Func<Task<IdentityResult>> change, CancellationToken cancellationToken)
    {
        IdentityResult result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            result = await change();
            if (!result.Succeeded)
                return result;
            // Sent by PostgreSQL only if the change commits. SQLite runs one instance, which needs no message.
            if (db.Database.IsNpgsql())
                await db.Database.ExecuteSqlAsync($"SELECT pg_notify({NotifyChannel}, {user.Id})", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await StampChangedAsync(user.Id, cancellationToken);
        return result;
    }

    /// <summary>Another instance changed an account's stamp (its NOTIFY arrived).</summary>
    public async Task StampChangedElsewhereAsync(string userId)
    {
        try
        {
            await StampChangedAsync(userId, CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The cache has already forgotten the account; only closing its connections failed.
            LogClosingFailed(failure, userId);
        }
    }

    /// <summary>
    /// The listener reconnected, so notifications may have been lost meanwhile: forget every stamp, and
    /// close every open hub connection whose token is no longer current.
    /// </summary>
    public async Task NotificationsMayHaveBeenMissedAsync()
    {
        try
        {
            ForgetAll();
            var users = hubs.All.Select(c => c.UserIdentifier).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            foreach (var chunk in users.Chunk(500))
                await LoadAsync(chunk, CancellationToken.None);
            foreach (var connection in hubs.All)
                await CloseIfRevokedAsync(connection, CancellationToken.None);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogClosingFailed(failure, "(all)");
        }
    }

    private async Task StampChangedAsync(string userId, CancellationToken cancellationToken)
    {
        Forget(userId);
        foreach (var connection in hubs.All.Where(c => string.Equals(c.UserIdentifier, userId, StringComparison.Ordinal)))
            await CloseIfRevokedAsync(connection, cancellationToken);
    }

    private async Task CloseIfRevokedAsync(Microsoft.AspNetCore.SignalR.HubConnectionContext connection, CancellationToken cancellationToken)
    {
        if (connection.User is { Identity.IsAuthenticated: true } user && !await IsCurrentAsync(user, cancellationToken))
        {
            LogConnectionClosed(connection.ConnectionId);
            connection.Abort();
        }
    }

    private async ValueTask<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.FindFirstValue(UserIdClaim) is not { } userId)
            return false;
        var current = await CurrentStampAsync(userId, cancellationToken);
        return current is not null && string.Equals(current, principal.FindFirstValue(StampClaim), StringComparison.Ordinal);
    }

    private async ValueTask<string?> CurrentStampAsync(string userId, CancellationToken cancellationToken)
    {
        if (stamps.TryGetValue(userId, out var known) && Environment.TickCount64 - known.LoadedAt < MaxAgeMilliseconds)
            return known.Stamp;
        var seen = Interlocked.Read(ref generation);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        // A deleted account has no stamp: its tokens are refused.
        var stamp = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(cancellationToken);
        Store(seen, [(userId, stamp)]);
        return stamp;
    }

    private async Task LoadAsync(string[] userIds, CancellationToken cancellationToken)
    {
        var seen = Interlocked.Read(ref generation);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GameDbContext>();
        var found = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.SecurityStamp }).ToDictionaryAsync(u => u.Id, u => u.SecurityStamp, cancellationToken);
        Store(seen, [.. userIds.Select(id => (id, found.GetValueOrDefault(id)))]);
    }

    private void Store(long seen, IReadOnlyList<(string UserId, string? Stamp)> read)
    {
        lock (storing)
        {
            if (generation != seen)
                return;
            if (stamps.Count + read.Count > MaxEntries)
                stamps.Clear();
            var now = Environment.TickCount64;
            foreach (var (userId, stamp) in read)
                stamps[userId] = new Entry(stamp, now);
        }
    }

    private void Forget(string userId)
    {
        lock (storing)
        {
            generation++;
            stamps.TryRemove(userId, out _);
        }
    }

    private void ForgetAll()
    {
        lock (storing)
        {
            generation++;
            stamps.Clear();
        }
    }

    private sealed record Entry(string? Stamp, long LoadedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub connection {ConnectionId} was closed: its token was signed out")]
    private partial void LogConnectionClosed(string connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closing the signed-out hub connections of {UserId} failed; their next call or reconnect is refused")]
    private partial void LogClosingFailed(Exception exception, string userId);
}
