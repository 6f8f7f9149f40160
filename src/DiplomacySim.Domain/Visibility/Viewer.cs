using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Visibility;

/// <summary>
/// Someone looking at a game: a member's user id, whether they are one of its game masters, and the
/// ministries they hold with those ministries' nations. Every path that shows game data (REST, exports,
/// catch-up, live push) asks the same question of it: <see cref="MaySee"/>.
/// </summary>
public sealed record Viewer(string UserId, bool IsGameMaster, IReadOnlySet<Guid> Ministries, IReadOnlySet<string> Nations)
{
    /// <summary>
    /// The viewer a user is in a game from its seats: the member rows (GM, player, spectator) and the
    /// ministries they hold. Null for a user who is no member: no row and no ministry. Every path builds
    /// its viewer here, so a seat that changes hands changes what each path shows in the same way.
    /// </summary>
    public static Viewer? Of(string userId, IEnumerable<GameMember> members, IEnumerable<IReadOnlyMinistry> ministries)
    {
        var roles = members.Where(m => m.UserId == userId).Select(m => m.Role).ToList();
        var held = ministries.Where(m => m.IsHeldBy(userId)).ToList();
        if (roles.Count == 0 && held.Count == 0)
            return null;
        // A member without ministries (a spectator, a GM) shares the empty sets: the live push keeps a
        // viewer per hub connection for as long as it is open, and two empty sets were 128 bytes of it.
        return held.Count == 0
            ? new Viewer(userId, roles.Contains(GameRole.GameMaster), NoMinistries, NoNations)
            : new Viewer(userId, roles.Contains(GameRole.GameMaster), held.Select(m => m.Id).ToHashSet(), held.Select(m => m.Nation).ToHashSet(StringComparer.Ordinal));
    }

    private static readonly IReadOnlySet<Guid> NoMinistries = System.Collections.Frozen.FrozenSet<Guid>.Empty;
    private static readonly IReadOnlySet<string> NoNations = System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <summary>
    /// Someone who reads a public or unlisted campaign without being in it (signed in or not: then
    /// <paramref name="userId"/> is empty): what is public, nothing more.
    /// </summary>
    public static Viewer Outsider(string? userId) => new(userId ?? "", false, new HashSet<Guid>(), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>GMs may see everything; others what is public, what their nations may know and what is for them alone.</summary>
    public bool MaySee(Audience audience) =>
        IsGameMaster || audience.Nations is not { } nations || nations.Any(n => Nations.Contains(n) || (UserId.Length > 0 && n == Audience.MemberKey(UserId)));

    /// <summary>
    /// The entries of a stored audience that let this viewer see a thing: their nations and their own
    /// member key (<see cref="Audience.OnlyMember"/>); what the SQL filters match on.
    /// </summary>
    public IReadOnlyList<string> AudienceKeys => UserId.Length > 0 ? [.. Nations, Audience.MemberKey(UserId)] : [.. Nations];

    /// <summary>The viewer as the rules see whoever acts (<see cref="Rules.CommuniqueRules.MayActFor"/>).</summary>
    public Rules.Actor Actor => new(UserId, IsGameMaster);
}
