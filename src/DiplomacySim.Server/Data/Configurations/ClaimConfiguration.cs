using DiplomacySim.Domain.Members;
using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> claim)
    {
        claim.HasKey(c => c.Id);
        claim.Property(c => c.Id).ValueGeneratedNever();
        claim.HasOne<Game>().WithMany().HasForeignKey(c => c.GameId).OnDelete(DeleteBehavior.Cascade);
        claim.Property(c => c.Nation).HasMaxLength(8);
        // Deleting a nation takes its claims with it; a claim of a nation that is gone means nothing.
        claim.HasOne<Nation>().WithMany().HasForeignKey(c => new { c.GameId, c.Nation }).OnDelete(DeleteBehavior.Cascade);
        claim.Property(c => c.ClaimantId).HasMaxLength(450);
        claim.HasOne<Identity.User>().WithMany().HasForeignKey(c => c.ClaimantId).OnDelete(DeleteBehavior.Cascade);
        // The kinds as the API writes them (["foreignAffairs"]), the same JSON on both providers.
        claim.Property(c => c.Ministries).HasConversion(
            kinds => StoredJson.Write(kinds),
            json => StoredJson.Read<List<MinistryKind>>(json),
            new ValueComparer<List<MinistryKind>>((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, HashCode.Combine), list => list.ToList()));
        claim.Property(c => c.Note).HasMaxLength(Limits.ClaimNoteLength);
        claim.Property(c => c.DecidedById).HasMaxLength(450);
        claim.Property(c => c.DecisionNote).HasMaxLength(Limits.ClaimNoteLength);
        claim.Ignore(c => c.IsPending);
        // The GM's queue: a game's claims by state, oldest first.
        claim.HasIndex(c => new { c.GameId, c.State, c.SubmittedAt });
        claim.Property<int>("Version").IsConcurrencyToken();
    }
}
