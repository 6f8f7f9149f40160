namespace DiplomacySim.Domain.Opinions;

/// <summary>
/// One reason why a nation thinks better or worse of another. Opinion(A→B) is the clamped sum of
/// the current values of A's modifiers towards B.
/// </summary>
public sealed class OpinionModifier
{
    public OpinionModifier(Guid id, Guid gameId, string from, string to, string reason, int amount, DateOnly since, int? fadesOverDays, long? sourceEventSeq)
    {
        if (from == to)
            throw new ArgumentException("A nation has no opinion of itself.", nameof(to));
        if (fadesOverDays is <= 0)
            throw new ArgumentOutOfRangeException(nameof(fadesOverDays), fadesOverDays, "A fading modifier needs a positive number of days.");
        Id = id;
        GameId = gameId;
        From = from;
        To = to;
        Reason = reason;
        Amount = amount;
        Since = since;
        FadesOverDays = fadesOverDays;
        SourceEventSeq = sourceEventSeq;
    }

    public Guid Id { get; private set; }
    public Guid GameId { get; private set; }
    public string From { get; private set; }
    public string To { get; private set; }

    /// <summary>A stable code for why the modifier exists (scenario.baseline, communique.delivered ...).</summary>
    public string Reason { get; private set; }

    /// <summary>The value on the day the modifier began.</summary>
    public int Amount { get; private set; }

    /// <summary>The in-game date on which the modifier began.</summary>
    public DateOnly Since { get; private set; }

    /// <summary>
    /// Null for a modifier that lasts; otherwise the number of in-game days over which it fades
    /// linearly to nothing.
    /// </summary>
    public int? FadesOverDays { get; private set; }

    /// <summary>The seq of the game event that caused it; null for the scenario's starting opinions.</summary>
    public long? SourceEventSeq { get; private set; }

    /// <summary>Ties the modifier to the event of its cause, once the log has numbered it.</summary>
    public void TraceTo(long seq)
    {
        if (SourceEventSeq is not null && SourceEventSeq != seq)
            throw new InvalidOperationException($"The modifier is already traced to event {SourceEventSeq}.");
        SourceEventSeq = seq;
    }

    /// <summary>The value on <paramref name="today"/>; a fading modifier loses value linearly, rounding towards zero.</summary>
    public int ValueOn(DateOnly today) => ValueOn(Amount, Since, FadesOverDays, today);

    /// <summary>The value on <paramref name="today"/> of any modifier with these terms (a loader that sums them reads only the terms).</summary>
    public static int ValueOn(int amount, DateOnly since, int? fadesOverDays, DateOnly today)
    {
        if (fadesOverDays is not { } days)
            return amount;
        var elapsed = Math.Clamp(today.DayNumber - since.DayNumber, 0, days);
        // Integer arithmetic keeps the value exact and the same on every instance.
        return (int)((long)amount * (days - elapsed) / days);
    }

    public bool HasFadedBy(DateOnly today) => FadesOverDays is not null && ValueOn(today) == 0;
}
