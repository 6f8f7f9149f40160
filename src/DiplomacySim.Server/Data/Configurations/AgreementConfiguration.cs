using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> agreement)
    {
        agreement.HasKey(a => a.Id);
        agreement.Property(a => a.Id).ValueGeneratedNever();
        agreement.HasOne<Game>().WithMany().HasForeignKey(a => a.GameId).OnDelete(DeleteBehavior.Cascade);
        agreement.Property(a => a.Terms).HasConversion(terms => StoredJson.Write(terms), json => StoredJson.Read<Clause>(json));
        agreement.Property(a => a.Allocations).HasConversion(
            allocations => StoredJson.Write(allocations),
            json => StoredJson.Read<List<PersonnelAllocation>>(json),
            new ValueComparer<List<PersonnelAllocation>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                list => list.ToList()));
        agreement.Property(a => a.Requester).HasMaxLength(8);
        agreement.Property(a => a.Grantor).HasMaxLength(8);
        agreement.Property(a => a.HostState).HasMaxLength(8);
        agreement.Property(a => a.Ruling).HasMaxLength(Limits.RulingLength);
        agreement.Property(a => a.RuledBy).HasMaxLength(64);
        agreement.Ignore(a => a.Parties);
        agreement.Ignore(a => a.Awaiting);
        agreement.Ignore(a => a.IsLive);
        agreement.HasIndex(a => new { a.GameId, a.Status });
        agreement.Property<int>("Version").IsConcurrencyToken();
    }
}
