using DiplomacySim.Domain.World;

namespace DiplomacySim.Domain.Members;

/// <summary>
/// A link a GM hands out: whoever accepts it joins the game in <see cref="Role"/> (a player invitation
/// naming a <see cref="Nation"/> also seats them in it), until it expires, is used up or revoked. The
/// code is the secret: it is unguessable, and an unknown code and a spent one answer alike.
/// </summary>
public sealed class Invitation
{
    public Invitation(string code, Guid gameId, GameRole role, string? nation, int maxUses, DateTimeOffset createdAt, DateTimeOffset expiresAt, string createdBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxUses);
        if (nation is not null && role != GameRole.Player)
            throw new ArgumentException("Only a player invitation seats its guest in a nation.", nameof(nation));
        Code = code;
        GameId = gameId;
        Role = role;
        Nation = nation;
        MaxUses = maxUses;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        CreatedBy = createdBy;
    }

    public string Code { get; private set; }
    public Guid GameId { get; private set; }
    public GameRole Role { get; private set; }

    /// <summary>The nation a player invitation seats its guest in; null for no nation (a player without a seat yet).</summary>
    public string? Nation { get; private set; }

    public int MaxUses { get; private set; }
    public int Uses { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The id of the GM who made it.</summary>
    public string CreatedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public int UsesLeft => Math.Max(0, MaxUses - Uses);

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Whether it may still be accepted at <paramref name="now"/>: not revoked, not used up, not expired.</summary>
    public bool IsValidAt(DateTimeOffset now) => !IsRevoked && Uses < MaxUses && now < ExpiresAt;

    /// <summary>Counts one use; the caller holds the game's lock, so two accepts of the last use cannot both pass.</summary>
    public void Use(DateTimeOffset now)
    {
        if (!IsValidAt(now))
            throw new SeatingException(SeatingException.InvitationNotValid, "The invitation has expired, been used up or been revoked.");
        Uses++;
    }

    /// <summary>Revokes it; revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
