using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data.Configurations;

internal sealed class GameConfiguration : IEntityTypeConfiguration<Game>
{
    public void Configure(EntityTypeBuilder<Game> game)
    {
        game.HasKey(g => g.Id);
        game.Property(g => g.Id).ValueGeneratedNever();
        game.Property(g => g.Slug).HasMaxLength(64);
        game.HasIndex(g => g.Slug).IsUnique();
        game.Property(g => g.Title).HasMaxLength(200);
        game.Property(g => g.Ruleset).HasMaxLength(64);
        game.Property(g => g.Description).HasMaxLength(4_000);
        game.Property(g => g.Visibility).HasMaxLength(16);
        game.Property(g => g.JoinPolicy).HasMaxLength(16);
        game.HasIndex(g => g.Visibility);
        game.Property<int>("Version").IsConcurrencyToken();
    }
}

internal sealed class GameMemberConfiguration : IEntityTypeConfiguration<GameMember>
{
    public void Configure(EntityTypeBuilder<GameMember> member)
    {
        member.HasKey(m => new { m.GameId, m.UserId });
        member.HasOne<Game>().WithMany().HasForeignKey(m => m.GameId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<Identity.User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => m.UserId);
    }
}
