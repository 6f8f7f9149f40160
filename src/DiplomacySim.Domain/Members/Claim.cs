using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Members;

/// <summary>
/// A member's application for a nation: the ministries wanted (by kind; none: whichever the GM gives)
/// and a note to the GMs. It waits until decided, then keeps its decision: who made it (null: the rules
/// of an open nation in an open game), when, the GM's note or reason, and the ministries it seated.
/// <see cref="Claiming"/> makes and decides claims.
/// </summary>
public sealed class Claim
{
    public Claim(Guid id, Guid gameId, string nation, string claimantId, IEnumerable<MinistryKind> ministries, string? note, DateTimeOffset submittedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nation);
        ArgumentException.ThrowIfNullOrWhiteSpace(claimantId);
        Id = id;
        GameId = gameId;
        Nation = nation;
        ClaimantId = claimantId;
        Ministries = [.. ministries.Distinct()];
        Note = note;
        SubmittedAt = submittedAt;
        State = ClaimState.Pending;
    }

    // For EF Core, which sets the properties as stored.
    private Claim()
    {
        Nation = null!;
        ClaimantId = null!;
        Ministries = [];
    }

    public Guid Id { get; private set; }
    public Guid GameId { get; private set; }

    /// <summary>The code of the nation claimed.</summary>
    public string Nation { get; private set; }

    /// <summary>The id of the member who claims.</summary>
    public string ClaimantId { get; private set; }

    /// <summary>The kinds of ministry wanted; empty when the claimant leaves it to the GM.</summary>
    public List<MinistryKind> Ministries { get; private set; }

    /// <summary>What the claimant tells the GMs (who they play on the forum, why this nation).</summary>
    public string? Note { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public ClaimState State { get; private set; }

    public bool IsPending => State == ClaimState.Pending;

    /// <summary>The id of the GM who decided; null while pending, and for a claim the rules approved.</summary>
    public string? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The GM's note with an approval, or the reason of a denial.</summary>
    public string? DecisionNote { get; private set; }

    /// <summary>The ministries an approval seated the claimant in.</summary>
    public List<Guid> Seats { get; private set; } = [];

    /// <summary>How long the claim has waited (or waited) at <paramref name="now"/>, by the server's clock, not the game's.</summary>
    public TimeSpan AgeAt(DateTimeOffset now) => now > SubmittedAt ? now - SubmittedAt : TimeSpan.Zero;

    internal void Approve(IEnumerable<Guid> seats, string? byId, string? note, DateTimeOffset now)
    {
        EnsurePending();
        State = ClaimState.Approved;
        Seats = [.. seats];
        Decide(byId, note, now);
    }

    internal void Deny(string byId, string? reason, DateTimeOffset now)
    {
        EnsurePending();
        State = ClaimState.Denied;
        Decide(byId, reason, now);
    }

    private void Decide(string? byId, string? note, DateTimeOffset now)
    {
        DecidedById = byId;
        DecisionNote = note;
        DecidedAt = now;
    }

    private void EnsurePending()
    {
        if (!IsPending)
            throw new SeatingException(SeatingException.ClaimDecided, $"This claim was already {(State == ClaimState.Approved ? "approved" : "denied")}; the member may claim again.");
    }
}

/// <summary>Where a claim stands: waiting for a GM, or decided either way.</summary>
public enum ClaimState
{
    Pending,
    Approved,
    Denied,
}
