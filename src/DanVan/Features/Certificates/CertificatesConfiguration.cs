using DanVan.Features.Awards;
using DanVan.Features.Decisions;
using DanVan.Features.Documents;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Certificates;

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Code).HasMaxLength(Certificate.CodeLength).IsUnicode(false);
        b.Property(c => c.ReissueReason).HasMaxLength(Certificate.ReasonMax);
        b.HasIndex(c => c.Code).IsUnique();
        b.HasIndex(c => new { c.AwardeeId, c.Generation }).IsUnique(); // two requests creating the same awardee's certificate: one wins
        b.HasIndex(c => c.DecisionId);
        b.HasIndex(c => c.AwardRecordId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Decision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DecisionAwardee>().WithMany().HasForeignKey(c => c.AwardeeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardRecord>().WithMany().HasForeignKey(c => c.AwardRecordId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Certificate>().WithMany().HasForeignKey(c => c.SupersededById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Revocation>().WithMany().HasForeignKey(c => c.RevocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CertificateScanConfiguration : IEntityTypeConfiguration<CertificateScan>
{
    public void Configure(EntityTypeBuilder<CertificateScan> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.CodeHash).HasMaxLength(64).IsUnicode(false);
        b.HasIndex(s => new { s.CertificateId, s.At });
        b.HasOne<Certificate>().WithMany().HasForeignKey(s => s.CertificateId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RevocationConfiguration : IEntityTypeConfiguration<Revocation>
{
    public void Configure(EntityTypeBuilder<Revocation> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Number).HasMaxLength(Decision.NumberMax);
        b.Property(r => r.Reason).HasMaxLength(Revocation.ReasonMax);
        b.Property(r => r.SignedFileName).HasMaxLength(Decision.FileNameMax);
        b.Property(r => r.SignedSha256).HasMaxLength(64);
        b.Property(r => r.SignerName).HasMaxLength(Decision.SignerMax);
        b.Property(r => r.CreatedByName).HasMaxLength(256);
        b.HasIndex(r => new { r.TenantId, r.DecisionDate });
        b.HasIndex(r => r.DocumentId).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Awards).WithOne().HasForeignKey(a => a.RevocationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Awards).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class RevokedAwardConfiguration : IEntityTypeConfiguration<RevokedAward>
{
    public void Configure(EntityTypeBuilder<RevokedAward> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.HolderName).HasMaxLength(AwardRecord.HolderMax);
        b.Property(a => a.AwardName).HasMaxLength(AwardKind.NameMax);
        b.Property(a => a.DecisionNumber).HasMaxLength(AwardRecord.DecisionNumberMax);
        b.Property(a => a.Objects).HasMaxLength(RevokedAward.ObjectsMax);
        b.Property(a => a.RecoveryNote).HasMaxLength(RevokedAward.NoteMax);
        b.Property(a => a.RecordedByName).HasMaxLength(256);
        b.HasIndex(a => a.AwardRecordId).IsUnique(); // an award is revoked once; a second revocation loses the race on this index
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardRecord>().WithMany().HasForeignKey(a => a.AwardRecordId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DecisionAwardee>().WithMany().HasForeignKey(a => a.AwardeeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CertificateArtworkConfiguration : IEntityTypeConfiguration<CertificateArtwork>
{
    public void Configure(EntityTypeBuilder<CertificateArtwork> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Layout).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.SignerName).HasMaxLength(CertificateArtwork.SignerMax);
        b.Property(a => a.Slot).HasMaxLength(CertificateArtwork.SlotMax);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.UploadedByName).HasMaxLength(256);
        b.HasIndex(a => new { a.TenantId, a.UnitId, a.Slot }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
