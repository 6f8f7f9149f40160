using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data.Configurations;

internal sealed class NationConfiguration : IEntityTypeConfiguration<Nation>
{
    public void Configure(EntityTypeBuilder<Nation> nation)
    {
        // Everything else in a game refers to a nation by its code, as players do.
        nation.HasKey(n => new { n.GameId, n.Code });
        nation.Property(n => n.Code).HasMaxLength(8);
        nation.Property(n => n.Name).HasMaxLength(120);
        nation.Property(n => n.Region).HasMaxLength(64);
        // Nations stored before claims existed are open, as a new one is.
        nation.Property(n => n.ClaimStatus).HasDefaultValue(ClaimStatus.Open).HasSentinel(ClaimStatus.Open);
        nation.HasOne<Game>().WithMany().HasForeignKey(n => n.GameId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MinistryConfiguration : IEntityTypeConfiguration<Ministry>
{
    public void Configure(EntityTypeBuilder<Ministry> ministry)
    {
        ministry.HasKey(m => m.Id);
        ministry.Property(m => m.Id).ValueGeneratedNever();
        ministry.Property(m => m.Nation).HasMaxLength(8);
        ministry.Property(m => m.Title).HasMaxLength(200);
        ministry.Property(m => m.MinisterName).HasMaxLength(120);
        ministry.HasOne<Nation>().WithMany().HasForeignKey(m => new { m.GameId, m.Nation }).OnDelete(DeleteBehavior.Cascade);
        ministry.HasOne<Identity.User>().WithMany().HasForeignKey(m => m.HolderId).OnDelete(DeleteBehavior.SetNull);
        ministry.HasIndex(m => new { m.GameId, m.Nation, m.Kind }).IsUnique();
    }
}

internal sealed class InstallationConfiguration : IEntityTypeConfiguration<Installation>
{
    public void Configure(EntityTypeBuilder<Installation> installation)
    {
        installation.HasKey(i => i.Id);
        installation.Property(i => i.Id).ValueGeneratedNever();
        installation.Property(i => i.Nation).HasMaxLength(8);
        installation.Property(i => i.Name).HasMaxLength(120);
        installation.Ignore(i => i.FreeCapacity);
        // Concurrent acceptances must not both take the last free places.
        installation.Property<int>("Version").IsConcurrencyToken();
        installation.HasOne<Nation>().WithMany().HasForeignKey(i => new { i.GameId, i.Nation }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DiplomaticMissionConfiguration : IEntityTypeConfiguration<DiplomaticMission>
{
    public void Configure(EntityTypeBuilder<DiplomaticMission> mission)
    {
        mission.HasKey(m => new { m.GameId, m.From, m.To });
        mission.Property(m => m.From).HasMaxLength(8);
        mission.Property(m => m.To).HasMaxLength(8);
        mission.Ignore(m => m.IsOpen);
        mission.HasOne<Nation>().WithMany().HasForeignKey(m => new { m.GameId, m.From }).OnDelete(DeleteBehavior.Cascade);
        mission.HasOne<Nation>().WithMany().HasForeignKey(m => new { m.GameId, m.To }).OnDelete(DeleteBehavior.Cascade);
    }
}
