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
/// instance, without messages between them. A snapshot is shared by every request of its game, so it
/// hands out read-only views only (<see cref="IReadOnlyInstallation"/>, <see cref="IReadOnlyAgreement"/>
/// ...): the draft path it serves (check, send, import) cannot change it, because it cannot compile a
/// change. Commands read their own tracked world (<see cref="WorldLoader.LoadAsync"/>).
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
    IReadOnlyList<IReadOnlyNation> nations,
    IReadOnlyList<IReadOnlyMinistry> ministries,
    IReadOnlyList<IReadOnlyInstallation> installations,
    IReadOnlyList<IReadOnlyMission> missions,
    IReadOnlyList<Embargo> embargoes,
    IReadOnlyList<IReadOnlyAgreement> liveAgreements,
    IReadOnlyList<GameMember> members)
{
    public int Version { get; } = version;
    public IReadOnlyDictionary<string, IReadOnlyNation> Nations { get; } = nations.ToDictionary(n => n.Code, StringComparer.Ordinal);
    public IReadOnlyList<IReadOnlyMinistry> Ministries { get; } = ministries;
    public IReadOnlyList<IReadOnlyInstallation> Installations { get; } = installations;
    public IReadOnlyDictionary<(string From, string To), IReadOnlyMission> Missions { get; } = missions.ToDictionary(m => (m.From, m.To));
    public IReadOnlyList<Embargo> Embargoes { get; } = embargoes;
    public IReadOnlyList<IReadOnlyAgreement> LiveAgreements { get; } = liveAgreements;
    /// <summary>The game's member rows: GMs, players and spectators.</summary>
    public IReadOnlyList<GameMember> Members { get; } = members;

    /// <summary>The missions among <paramref name="among"/>, as the database query for them returned.</summary>
    public IEnumerable<IReadOnlyMission> MissionsAmong(IReadOnlyList<string> among)
    {
        foreach (var from in among)
            foreach (var to in among)
                if (Missions.TryGetValue((from, to), out var mission))
                    yield return mission;
    }
}
