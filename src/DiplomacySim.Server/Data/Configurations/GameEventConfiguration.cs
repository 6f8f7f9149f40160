using DiplomacySim.Domain.Events;
using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data.Configurations;

internal sealed class GameEventConfiguration : IEntityTypeConfiguration<GameEvent>
{
    public void Configure(EntityTypeBuilder<GameEvent> gameEvent)
    {
        // The key is the seq itself: a second event with the same seq in a game cannot be stored.
        gameEvent.HasKey(e => new { e.GameId, e.Seq });
        gameEvent.Property(e => e.Type).HasMaxLength(64);
        gameEvent.HasOne<Game>().WithMany().HasForeignKey(e => e.GameId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmbargoConfiguration : IEntityTypeConfiguration<Embargo>
{
    public void Configure(EntityTypeBuilder<Embargo> embargo)
    {
        embargo.HasKey(e => new { e.GameId, e.Imposer, e.Target });
        embargo.Property(e => e.Imposer).HasMaxLength(8);
        embargo.Property(e => e.Target).HasMaxLength(8);
        embargo.HasOne<Nation>().WithMany().HasForeignKey(e => new { e.GameId, e.Imposer }).OnDelete(DeleteBehavior.Cascade);
        embargo.HasOne<Nation>().WithMany().HasForeignKey(e => new { e.GameId, e.Target }).OnDelete(DeleteBehavior.Cascade);
    }
}
