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
        // A table of their own, not JSON: the visibility filter asks in SQL whether a party is one of
        // the viewer's nations. Keyed by nation: a nation is a party once.
        agreement.OwnsMany(a => a.Parties, party =>
        {
            party.ToTable("AgreementParties");
            party.WithOwner().HasForeignKey("AgreementId");
            party.Property(p => p.Nation).HasMaxLength(8);
            party.Property(p => p.Role);
            party.Property(p => p.Consent);
            party.HasKey("AgreementId", nameof(Party.Nation));
            party.Ignore(p => p.IsBound);
        });
        // Through the field: the property hands out a sorted copy.
        agreement.Navigation(a => a.Parties).HasField("parties").UsePropertyAccessMode(PropertyAccessMode.Field);
        agreement.Property(a => a.Ruling).HasMaxLength(Limits.RulingLength);
        agreement.Property(a => a.RuledBy).HasMaxLength(64);
        agreement.Ignore(a => a.Signatories);
        agreement.Ignore(a => a.Requester);
        agreement.Ignore(a => a.Grantor);
        agreement.Ignore(a => a.HostState);
        agreement.Ignore(a => a.AwaitingConsentOf);
        agreement.Ignore(a => a.Awaiting);
        agreement.Ignore(a => a.IsLive);
        agreement.HasIndex(a => new { a.GameId, a.Status });
        agreement.Property<int>("Version").IsConcurrencyToken();
    }
}
