using DiplomacySim.Domain.Opinions;
using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data.Configurations;

internal sealed class OpinionModifierConfiguration : IEntityTypeConfiguration<OpinionModifier>
{
    public void Configure(EntityTypeBuilder<OpinionModifier> modifier)
    {
        modifier.HasKey(m => m.Id);
        modifier.Property(m => m.Id).ValueGeneratedNever();
        modifier.Property(m => m.From).HasMaxLength(8);
        modifier.Property(m => m.To).HasMaxLength(8);
        modifier.Property(m => m.Reason).HasMaxLength(64);
        modifier.HasOne<Nation>().WithMany().HasForeignKey(m => new { m.GameId, m.From }).OnDelete(DeleteBehavior.Cascade);
        modifier.HasOne<Nation>().WithMany().HasForeignKey(m => new { m.GameId, m.To }).OnDelete(DeleteBehavior.Cascade);
        modifier.HasIndex(m => new { m.GameId, m.From, m.To });
    }
}
