namespace DiplomacySim.Domain.Visibility;

/// <summary>
/// Someone looking at a game: a member's user id, whether they are one of its game masters, and the
/// ministries they hold with those ministries' nations. Every path that shows game data (REST, exports,
/// catch-up, live push) asks the same question of it: <see cref="MaySee"/>.
/// </summary>
public sealed record Viewer(string UserId, bool IsGameMaster, IReadOnlySet<Guid> Ministries, IReadOnlySet<string> Nations)
{
    /// <summary>
    /// What the players of one nation may know: the rules ask what a clause's requester knows, whoever
    /// happens to be checking it.
    /// </summary>
    public static Viewer OfNation(string nation) => new("", false, new HashSet<Guid>(), new HashSet<string>(StringComparer.Ordinal) { nation });

    /// <summary>GMs may see everything; others what is public and what their nations may know.</summary>
    public bool MaySee(Audience audience) =>
        IsGameMaster || audience.Nations is not { } nations || nations.Any(Nations.Contains);

    /// <summary>The viewer as the rules see whoever acts (<see cref="Rules.CommuniqueRules.MayActFor"/>).</summary>
    public Rules.Actor Actor => new(UserId, IsGameMaster);
}
