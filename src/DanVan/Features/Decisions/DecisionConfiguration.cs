using DanVan.Features.Awards;
using DanVan.Features.Council;
using DanVan.Features.Documents;
using DanVan.Features.Nominations;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Decisions;

public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> b)
    {
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Title).HasMaxLength(Decision.TitleMax);
        b.Property(d => d.SignerTitle).HasMaxLength(Decision.SignerMax);
        b.Property(d => d.SignerName).HasMaxLength(Decision.SignerMax);
        b.Property(d => d.Number).HasMaxLength(Decision.NumberMax);
        b.Property(d => d.SignedFileName).HasMaxLength(Decision.FileNameMax);
        b.Property(d => d.SignedSha256).HasMaxLength(64);
        b.Property(d => d.IssuedByName).HasMaxLength(Decision.SignerMax);
        b.HasIndex(d => new { d.TenantId, d.CreatedAt });
        b.HasIndex(d => d.RoundId);
        b.HasIndex(d => d.DocumentId).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NominationRound>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CouncilSession>().WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.SubmitterUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Decision>().WithMany().HasForeignKey(d => d.RevokedByDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Awardees).WithOne().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Awardees).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(d => d.Listed); // computed from Awardees; by convention it was a second relationship (a null DecisionId1 column)
    }
}

public sealed class DecisionAwardeeConfiguration : IEntityTypeConfiguration<DecisionAwardee>
{
    public void Configure(EntityTypeBuilder<DecisionAwardee> b)
    {
        b.ToTable("DecisionAwardees");
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Name).HasMaxLength(DecisionAwardee.NameMax);
        b.Property(a => a.UnitName).HasMaxLength(Unit.NameMax);
        b.Property(a => a.Position).HasMaxLength(DecisionAwardee.NameMax);
        b.Property(a => a.AwardName).HasMaxLength(AwardKind.NameMax);
        b.Property(a => a.Explanation).HasMaxLength(DecisionAwardee.ExplanationMax);
        b.Property(a => a.RemovedReason).HasMaxLength(DecisionAwardee.ReasonMax);
        b.HasIndex(a => new { a.DecisionId, a.NomineeId }).IsUnique();
        b.HasIndex(a => a.NomineeId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DossierNominee>().WithMany().HasForeignKey(a => a.NomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Dossier>().WithMany().HasForeignKey(a => a.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardKind>().WithMany().HasForeignKey(a => a.AwardKindId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardRecord>().WithMany().HasForeignKey(a => a.AwardRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}
