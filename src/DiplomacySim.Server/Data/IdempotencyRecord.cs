using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data;

/// <summary>
/// The first result of a send made with an <c>Idempotency-Key</c>, so that a retry (a timeout, a
/// double click) returns it instead of sending a second copy. Keys are per user and game.
/// </summary>
public sealed class IdempotencyRecord(Guid gameId, string userId, string key, string requestHash, Guid communiqueId, long seq, DateTimeOffset createdAt)
{
    public Guid GameId { get; private set; } = gameId;
    public string UserId { get; private set; } = userId;
    public string Key { get; private set; } = key;

    /// <summary>A hash of the request body: the same key with a different body is refused.</summary>
    public string RequestHash { get; private set; } = requestHash;

    public Guid CommuniqueId { get; private set; } = communiqueId;
    public long Seq { get; private set; } = seq;
    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.HasKey(r => new { r.GameId, r.UserId, r.Key });
        record.Property(r => r.UserId).HasMaxLength(64);
        record.Property(r => r.Key).HasMaxLength(Limits.IdempotencyKeyLength);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.HasOne<Game>().WithMany().HasForeignKey(r => r.GameId).OnDelete(DeleteBehavior.Cascade);
    }
}
