using DiplomacySim.Domain.Opinions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DiplomacySim.Server.Play;

/// <summary>
/// The opinion sums among nations that the commands of one group-commit batch have read so far, with
/// what each command then saved added in (decision 15). A send reads the modifiers among its nations
/// (<see cref="WorldLoader.LoadDraftAsync"/>), a scan that grows with a pair's history; in a batch the
/// command after it reads the sums as the one before it left them instead. Exact because the batch holds
/// the game's lock, so no one else writes its modifiers, and every write of theirs is seen here as it is
/// saved. A command that fails leaves the batch's sums as they were: each command works on a copy.
/// </summary>
public sealed class BatchOpinions
{
    private readonly Dictionary<(string From, string To), long> sums;

    // The ordered pairs whose sums are known, zero or not: a read among nations covers every pair of them.
    private readonly HashSet<(string From, string To)> covered;

    public BatchOpinions(Guid gameId, DateOnly on)
        : this(gameId, on, [], [])
    {
    }

    private BatchOpinions(Guid gameId, DateOnly on, Dictionary<(string, string), long> sums, HashSet<(string, string)> covered)
    {
        GameId = gameId;
        On = on;
        this.sums = sums;
        this.covered = covered;
    }

    public Guid GameId { get; }

    /// <summary>The in-game date the sums are valued on: a fading modifier is worth less the next day.</summary>
    public DateOnly On { get; private set; }

    /// <summary>A copy for the next command of the batch, which may still fail.</summary>
    public BatchOpinions Copy() => new(GameId, On, new(sums), new(covered));

    /// <summary>The sums among <paramref name="among"/> on <paramref name="date"/>, or null when not all are known.</summary>
    public Dictionary<(string From, string To), long>? Among(IReadOnlyList<string> among, DateOnly date)
    {
        if (date != On)
            return null;
        var found = new Dictionary<(string From, string To), long>();
        foreach (var from in among)
        {
            foreach (var to in among)
            {
                if (from == to)
                    continue;
                if (!covered.Contains((from, to)))
                    return null;
                if (sums.TryGetValue((from, to), out var sum) && sum != 0)
                    found[(from, to)] = sum;
            }
        }
        return found;
    }

    /// <summary>Keeps what was read from the database among <paramref name="among"/> on <paramref name="date"/>.</summary>
    public void Learn(IReadOnlyList<string> among, Dictionary<(string From, string To), long> read, DateOnly date)
    {
        if (date != On)
            Forget(date);
        foreach (var from in among)
        {
            foreach (var to in among)
            {
                if (from == to)
                    continue;
                covered.Add((from, to));
                sums[(from, to)] = read.GetValueOrDefault((from, to));
            }
        }
    }

    /// <summary>
    /// Adds in the modifiers a command is about to save and takes out those it removes. Called from the
    /// context's SavingChanges, so a handler that saves on its own is seen too.
    /// </summary>
    public void Saving(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries<OpinionModifier>())
        {
            var sign = entry.State switch
            {
                EntityState.Added => 1,
                EntityState.Deleted => -1,
                _ => 0,
            };
            var modifier = entry.Entity;
            if (sign == 0 || modifier.GameId != GameId || !covered.Contains((modifier.From, modifier.To)))
                continue;
            var value = OpinionModifier.ValueOn(modifier.Amount, modifier.Since, modifier.FadesOverDays, On);
            sums[(modifier.From, modifier.To)] = sums.GetValueOrDefault((modifier.From, modifier.To)) + sign * value;
        }
    }

    /// <summary>The clock moved: every sum is valued on another day, read them again.</summary>
    public void Forget(DateOnly date)
    {
        On = date;
        sums.Clear();
        covered.Clear();
    }
}
