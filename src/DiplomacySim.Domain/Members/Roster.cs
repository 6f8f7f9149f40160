using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Members;

/// <summary>An account as the roster names it: its id and its user name (what the log and the API show).</summary>
public sealed record Person(string UserId, string UserName);

/// <summary>
/// A game's members and seats, loaded for a change of them: every member row, every ministry, and the
/// user names of those who appear in them. <see cref="Seating"/> decides on it and changes it in place.
/// </summary>
public sealed class Roster
{
    private readonly List<GameMember> members;
    private readonly Dictionary<string, string> names;

    public Roster(Game game, IEnumerable<GameMember> members, IEnumerable<Ministry> ministries, IReadOnlyDictionary<string, string> userNames)
    {
        Game = game;
        this.members = [.. members];
        Ministries = [.. ministries.OrderBy(m => m.Nation, StringComparer.Ordinal).ThenBy(m => m.Kind).ThenBy(m => m.Title, StringComparer.Ordinal)];
        names = new Dictionary<string, string>(userNames, StringComparer.Ordinal);
    }

    public Game Game { get; }
    public IReadOnlyList<GameMember> Members => members;

    /// <summary>The game's ministries, by nation, then kind (foreign affairs first), then title.</summary>
    public IReadOnlyList<Ministry> Ministries { get; }

    public GameMember? MemberOf(string userId) => members.FirstOrDefault(m => m.UserId == userId);

    public IEnumerable<Ministry> HeldBy(string userId) => Ministries.Where(m => m.IsHeldBy(userId));

    /// <summary>
    /// Whether the account is in the game: a member row, or a ministry held without one (as the viewer
    /// counts it, <see cref="Visibility.Viewer.Of"/>).
    /// </summary>
    public bool IsMember(string userId) => MemberOf(userId) is not null || HeldBy(userId).Any();

    /// <summary>The role the account has: its row's, a player for a holder without one, null for none.</summary>
    public GameRole? RoleOf(string userId) => MemberOf(userId)?.Role ?? (HeldBy(userId).Any() ? GameRole.Player : null);

    public int GameMasters => members.Count(m => m.IsGameMaster);

    public bool HasNation(string code) => Ministries.Any(m => m.Nation == code);

    public Ministry? Ministry(Guid id) => Ministries.FirstOrDefault(m => m.Id == id);

    internal string NameOf(string userId) => names.TryGetValue(userId, out var name) ? name : userId;

    internal void Know(Person person) => names[person.UserId] = person.UserName;

    internal void Add(GameMember member) => members.Add(member);

    internal void Remove(GameMember member) => members.Remove(member);
}
