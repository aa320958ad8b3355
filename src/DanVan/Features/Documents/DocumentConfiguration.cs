using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Documents;

public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.Property(d => d.Number).HasMaxLength(Document.NumberMax);
        b.Property(d => d.NumberKey).HasMaxLength(Document.NumberMax);
        b.Property(d => d.IssuerName).HasMaxLength(Document.IssuerMax);
        b.Property(d => d.IssuerKey).HasMaxLength(Document.IssuerMax);
        b.Property(d => d.IssuerFolded).HasMaxLength(Document.IssuerMax);
        b.Property(d => d.Place).HasMaxLength(Document.PlaceMax);
        b.Property(d => d.Signer).HasMaxLength(Document.SignerMax);
        b.Property(d => d.SigningCapacity).HasMaxLength(Document.CapacityMax);
        b.Property(d => d.Title).HasMaxLength(Document.TitleMax);
        b.Property(d => d.Body).HasMaxLength(Document.BodyMax);
        b.Property(d => d.SearchFolded).HasMaxLength(Document.SearchMax);
        // Identity: the same number and symbol from the same issuer in the same year is one document.
        b.HasIndex(d => new { d.TenantId, d.NumberKey, d.IssuerKey, d.Year }).IsUnique();
        b.HasIndex(d => new { d.TenantId, d.IssueDate, d.Id });
        b.HasIndex(d => new { d.TenantId, d.OwnerUnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DocumentRelationConfiguration : IEntityTypeConfiguration<DocumentRelation>
{
    public void Configure(EntityTypeBuilder<DocumentRelation> b)
    {
        b.HasIndex(r => new { r.TenantId, r.FromId, r.ToId, r.Kind }).IsUnique();
        b.HasIndex(r => new { r.TenantId, r.ToId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(r => r.FromId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(r => r.ToId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DocumentAttachmentConfiguration : IEntityTypeConfiguration<DocumentAttachment>
{
    public void Configure(EntityTypeBuilder<DocumentAttachment> b)
    {
        b.Property(a => a.FileName).HasMaxLength(DocumentAttachment.FileNameMax);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.HasIndex(a => new { a.TenantId, a.DocumentId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
