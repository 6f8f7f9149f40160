using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    /// <summary>The longest code stored: 128 random bits are 22 base64url characters.</summary>
    public const int CodeLength = 32;

    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.HasKey(i => i.Code);
        invitation.Property(i => i.Code).HasMaxLength(CodeLength);
        invitation.HasOne<Game>().WithMany().HasForeignKey(i => i.GameId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasIndex(i => i.GameId);
        invitation.Property(i => i.Nation).HasMaxLength(8);
        invitation.Property(i => i.CreatedBy).HasMaxLength(450);
        // Uses are counted under the game's lock; the token makes a lost update fail loudly all the same.
        invitation.Property<int>("Version").IsConcurrencyToken();
    }
}
