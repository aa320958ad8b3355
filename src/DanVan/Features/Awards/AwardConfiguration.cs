using DanVan.Features.Documents;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Awards;

public sealed class AwardKindConfiguration : IEntityTypeConfiguration<AwardKind>
{
    public void Configure(EntityTypeBuilder<AwardKind> b)
    {
        b.Property(k => k.Code).HasMaxLength(AwardKind.CodeMax);
        b.Property(k => k.Name).HasMaxLength(AwardKind.NameMax);
        b.HasIndex(k => new { k.TenantId, k.Code }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(k => k.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(k => k.Versions).WithOne().HasForeignKey(v => v.AwardKindId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(k => k.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AwardKindVersionConfiguration : IEntityTypeConfiguration<AwardKindVersion>
{
    public void Configure(EntityTypeBuilder<AwardKindVersion> b)
    {
        b.Property(v => v.Id).ValueGeneratedNever(); // appended to a loaded kind's Versions: a new row, whatever its key
        b.Property(v => v.PrizeMultiple).HasPrecision(8, 2);
        b.Property(v => v.CollectiveFactor).HasPrecision(6, 2);
        b.Property(v => v.HouseholdFactor).HasPrecision(6, 2);
        b.Property(v => v.QuotaPercent).HasPrecision(6, 2);
        b.Property(v => v.VoteThresholdPercent).HasPrecision(6, 2);
        b.Property(v => v.QuotaBaseCode).HasMaxLength(AwardKind.CodeMax);
        b.Property(v => v.Citation).HasMaxLength(AwardKindVersion.CitationMax);
        b.Property(v => v.Note).HasMaxLength(AwardKindVersion.NoteMax);
        b.Property(v => v.CreatedByName).HasMaxLength(256);

        // One version number and one start date per award: two concurrent revisions cannot both become "version 3".
        b.HasIndex(v => new { v.AwardKindId, v.Number }).IsUnique();
        b.HasIndex(v => new { v.AwardKindId, v.EffectiveFrom }).IsUnique();
        b.HasIndex(v => v.TenantId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(v => v.CitationDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.Authorities).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.Documents).WithOne().HasForeignKey(d => d.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(v => v.Rules).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(v => v.Authorities).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(v => v.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(v => v.Rules).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AwardVersionAuthorityConfiguration : IEntityTypeConfiguration<AwardVersionAuthority>
{
    public void Configure(EntityTypeBuilder<AwardVersionAuthority> b)
    {
        b.HasKey(a => new { a.VersionId, a.Authority });
        b.HasIndex(a => a.TenantId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AwardVersionDocumentConfiguration : IEntityTypeConfiguration<AwardVersionDocument>
{
    public void Configure(EntityTypeBuilder<AwardVersionDocument> b)
    {
        b.HasKey(d => new { d.VersionId, d.Document });
        b.HasIndex(d => d.TenantId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AwardRuleConfiguration : IEntityTypeConfiguration<AwardRule>
{
    public void Configure(EntityTypeBuilder<AwardRule> b)
    {
        b.HasKey(r => new { r.VersionId, r.Position });
        b.Property(r => r.AwardCode).HasMaxLength(AwardKind.CodeMax);
        b.Property(r => r.Citation).HasMaxLength(AwardKindVersion.CitationMax);
        b.HasIndex(r => r.TenantId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BaseSalaryConfiguration : IEntityTypeConfiguration<BaseSalary>
{
    public void Configure(EntityTypeBuilder<BaseSalary> b)
    {
        b.Property(s => s.Citation).HasMaxLength(BaseSalary.CitationMax);
        b.Property(s => s.EnteredByName).HasMaxLength(256);
        b.HasIndex(s => new { s.TenantId, s.EffectiveFrom }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(s => s.CitationDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AwardRecordConfiguration : IEntityTypeConfiguration<AwardRecord>
{
    public void Configure(EntityTypeBuilder<AwardRecord> b)
    {
        b.Property(r => r.HolderName).HasMaxLength(AwardRecord.HolderMax);
        b.Property(r => r.HolderFolded).HasMaxLength(AwardRecord.HolderMax);
        b.Property(r => r.DecisionNumber).HasMaxLength(AwardRecord.DecisionNumberMax);
        b.Property(r => r.Note).HasMaxLength(AwardRecord.NoteMax);
        b.Property(r => r.SourceFile).HasMaxLength(AwardRecord.FileNameMax);
        b.Property(r => r.EnteredByName).HasMaxLength(256);
        b.Property(r => r.WithdrawnReason).HasMaxLength(AwardRecord.ReasonMax);
        b.Property(r => r.WithdrawnAt).IsConcurrencyToken(); // two withdrawals at once: the second one's save finds the row changed (409), never overwrites the reason
        b.Property(r => r.WithdrawnByName).HasMaxLength(256);
        b.HasOne<Documents.Document>().WithMany().HasForeignKey(r => r.RevocationDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.TenantId, r.PersonId, r.Year });
        b.HasIndex(r => new { r.TenantId, r.UnitId, r.Year });
        b.HasIndex(r => new { r.TenantId, r.AwardKindId, r.Year });
        b.HasIndex(r => new { r.TenantId, r.HolderFolded, r.Id });
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardKind>().WithMany().HasForeignKey(r => r.AwardKindId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(r => r.DecisionDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AwardRecordCorrectionConfiguration : IEntityTypeConfiguration<AwardRecordCorrection>
{
    public void Configure(EntityTypeBuilder<AwardRecordCorrection> b)
    {
        b.Property(c => c.ByName).HasMaxLength(256);
        b.Property(c => c.Reason).HasMaxLength(AwardRecord.ReasonMax);
        b.Property(c => c.Changes).HasMaxLength(AwardRecordCorrection.ChangesMax);
        b.HasIndex(c => new { c.TenantId, c.AwardRecordId, c.At });
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardRecord>().WithMany().HasForeignKey(c => c.AwardRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}
