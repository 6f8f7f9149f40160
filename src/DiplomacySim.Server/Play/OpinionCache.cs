using System.Collections.Concurrent;

namespace DiplomacySim.Server.Play;

/// <summary>
/// The opinion sums each game's last command on this instance left, keyed by the game row's
/// <c>Version</c>, so that the next command starts from them instead of scanning the modifiers among its
/// nations again (decision 15, update). Every save that adds or removes a game's modifiers moves that
/// version (GameDbContext), and the version is read with the locked game row, so a copy is used only when
/// it is exactly what the database holds, on whichever instance wrote last. Kept only after a commit.
/// </summary>
public sealed class OpinionCache
{
    private readonly ConcurrentDictionary<Guid, (int Version, BatchOpinions Sums)> games = new();

    /// <summary>A copy of the sums for <paramref name="gameId"/> at <paramref name="version"/>, or empty ones.</summary>
    public BatchOpinions Start(Guid gameId, int version, DateOnly on) =>
        games.TryGetValue(gameId, out var held) && held.Version == version && held.Sums.On == on
            ? held.Sums.Copy()
            : new BatchOpinions(gameId, on);

    /// <summary>After a commit at <paramref name="version"/>: what the next command of the game may start from.</summary>
    public void Keep(int version, BatchOpinions sums) =>
        games.AddOrUpdate(sums.GameId, (version, sums), (_, held) => version >= held.Version ? (version, sums) : held);

    /// <summary>A commit whose outcome is unknown: the next command reads from the database.</summary>
    public void Forget(Guid gameId) => games.TryRemove(gameId, out _);
}
