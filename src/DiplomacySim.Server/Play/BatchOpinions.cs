using DiplomacySim.Domain.Opinions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DiplomacySim.Server.Play;

/// <summary>
/// The opinion sums among nations as the commands of a game have left them (decision 15, update). A send
/// reads the modifiers among its nations (<see cref="WorldLoader.LoadDraftAsync"/>), a scan that grows
/// with a pair's history; the command after it starts from these sums instead: the next one of its
/// group-commit batch, or the game's next command on this instance (<see cref="OpinionCache"/>). Exact
/// because the command holds the game's lock and every save of modifiers is seen here as it is made; a
/// command works on a copy, so one that fails leaves them as they were.
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

    /// <summary>The most ordered pairs kept: a 200-nation game has 39,800; a send needs a handful.</summary>
    public const int MaxPairs = 512;

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
        // Bounded, so that copying the sums for each command stays cheap however many pairs a game has.
        if (date != On || covered.Count + (among.Count * among.Count) > MaxPairs)
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
    /// context's <see cref="Data.GameDbContext.Saving"/>, so a handler that saves on its own is seen too.
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
