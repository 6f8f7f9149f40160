using System.Collections.Concurrent;
using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.World;

namespace DiplomacySim.Server.Play;

/// <summary>
/// The slow-changing parts of each game's world as this instance last read them, keyed by the game's
/// <see cref="Game.WorldVersion"/>. A send used to read them all again under the game's lock (seven of
/// its eleven round trips); they change only when a command concludes, ends or rules on something, or
/// when seats and members change, and every such save moves the version (GameDbContext). The version is
/// read with the game's row, so a copy is used only when it is exactly what the database holds: on every
/// instance, without messages between them. The entities are shared between requests and untracked:
/// only the draft path reads them (check, send, import), and it changes none of them.
/// </summary>
public sealed class WorldCache
{
    private readonly ConcurrentDictionary<Guid, WorldSnapshot> snapshots = new();

    public WorldSnapshot? Find(Game game) =>
        snapshots.TryGetValue(game.Id, out var snapshot) && snapshot.Version == game.WorldVersion ? snapshot : null;

    public void Keep(Guid gameId, WorldSnapshot snapshot) =>
        snapshots.AddOrUpdate(gameId, snapshot, (_, held) => snapshot.Version >= held.Version ? snapshot : held);
}

/// <summary>One game's slow-changing world at one <see cref="Game.WorldVersion"/>.</summary>
public sealed class WorldSnapshot(
    int version,
    IReadOnlyList<Nation> nations,
    IReadOnlyList<Ministry> ministries,
    IReadOnlyList<Installation> installations,
    IReadOnlyList<DiplomaticMission> missions,
    IReadOnlyList<Embargo> embargoes,
    IReadOnlyList<Agreement> liveAgreements,
    IReadOnlyList<GameMember> members)
{
    public int Version { get; } = version;
    public IReadOnlyDictionary<string, Nation> Nations { get; } = nations.ToDictionary(n => n.Code, StringComparer.Ordinal);
    public IReadOnlyList<Ministry> Ministries { get; } = ministries;
    public IReadOnlyList<Installation> Installations { get; } = installations;
    public IReadOnlyDictionary<(string From, string To), DiplomaticMission> Missions { get; } = missions.ToDictionary(m => (m.From, m.To));
    public IReadOnlyList<Embargo> Embargoes { get; } = embargoes;
    public IReadOnlyList<Agreement> LiveAgreements { get; } = liveAgreements;
    /// <summary>The game's member rows: GMs, players and spectators.</summary>
    public IReadOnlyList<GameMember> Members { get; } = members;

    /// <summary>The missions among <paramref name="among"/>, as the database query for them returned.</summary>
    public IEnumerable<DiplomaticMission> MissionsAmong(IReadOnlyList<string> among)
    {
        foreach (var from in among)
            foreach (var to in among)
                if (Missions.TryGetValue((from, to), out var mission))
                    yield return mission;
    }
}
