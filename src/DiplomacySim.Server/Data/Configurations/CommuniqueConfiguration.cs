using DiplomacySim.Domain.Agreements;
using DiplomacySim.Domain.Clauses;
using DiplomacySim.Domain.Communiques;
using DiplomacySim.Domain.Rules;
using DiplomacySim.Domain.World;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacySim.Server.Data.Configurations;

internal sealed class CommuniqueConfiguration : IEntityTypeConfiguration<Communique>
{
    public void Configure(EntityTypeBuilder<Communique> communique)
    {
        communique.HasKey(c => c.Id);
        communique.Property(c => c.Id).ValueGeneratedNever();
        communique.Property(c => c.FromNation).HasMaxLength(8);
        communique.Property(c => c.ToNation).HasMaxLength(8);
        communique.Property(c => c.Subject).HasMaxLength(300);
        communique.Property(c => c.Body).HasMaxLength(Limits.BodyLength);
        communique.Property(c => c.SentBy).HasMaxLength(64);
        communique.HasOne<Game>().WithMany().HasForeignKey(c => c.GameId).OnDelete(DeleteBehavior.Cascade);
        communique.HasOne<Ministry>().WithMany().HasForeignKey(c => c.FromMinistry).OnDelete(DeleteBehavior.Restrict);
        communique.HasOne<Ministry>().WithMany().HasForeignKey(c => c.ToMinistry).OnDelete(DeleteBehavior.Restrict);
        communique.HasOne<Communique>().WithMany().HasForeignKey(c => c.InReplyTo).OnDelete(DeleteBehavior.Restrict);
        communique.HasMany(c => c.Clauses).WithOne().HasForeignKey(c => c.CommuniqueId).OnDelete(DeleteBehavior.Cascade);
        communique.Navigation(c => c.Clauses).AutoInclude();
        communique.HasIndex(c => new { c.GameId, c.Seq });
        communique.HasIndex(c => new { c.GameId, c.ToNation });
        communique.HasIndex(c => new { c.GameId, c.FromNation });
    }
}

internal sealed class CommuniqueClauseConfiguration : IEntityTypeConfiguration<CommuniqueClause>
{
    public void Configure(EntityTypeBuilder<CommuniqueClause> clause)
    {
        clause.HasKey(c => c.Id);
        clause.Property(c => c.Id).ValueGeneratedNever();
        clause.HasIndex(c => new { c.CommuniqueId, c.Index }).IsUnique();
        clause.Property(c => c.Terms).HasConversion(terms => StoredJson.Write(terms), json => StoredJson.Read<Clause>(json));
        // JSON: no query filters on a clause's parties (who may read a clause is its communique's audience).
        clause.Property(c => c.Parties).HasConversion(
            parties => StoredJson.Write(parties.All),
            json => new ClauseParties(StoredJson.Read<List<Party>>(json)));
        clause.Ignore(c => c.Requester);
        clause.Ignore(c => c.Grantor);
        // Two answers to the same clause must not both win: the second one's update fails.
        clause.Property<int>("Version").IsConcurrencyToken();
    }
}
