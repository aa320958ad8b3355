using DanVan.Features.Documents;
using DanVan.Features.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Models;

public sealed class ModelRubricConfiguration : IEntityTypeConfiguration<ModelRubric>
{
    public void Configure(EntityTypeBuilder<ModelRubric> b)
    {
        b.Property(r => r.Citation).HasMaxLength(ModelRubric.CitationMax);
        b.Property(r => r.PublishedByName).HasMaxLength(256);

        // One version number per province: two concurrent publications cannot both be "version 3".
        b.HasIndex(r => new { r.TenantId, r.Version }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(r => r.CitationDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Criteria).WithOne().HasForeignKey(c => c.RubricId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ModelRubricCriterionConfiguration : IEntityTypeConfiguration<ModelRubricCriterion>
{
    public void Configure(EntityTypeBuilder<ModelRubricCriterion> b)
    {
        b.HasKey(c => new { c.RubricId, c.Code });
        b.Property(c => c.Code).HasMaxLength(ModelRubricCriterion.CodeMax);
        b.Property(c => c.Name).HasMaxLength(ModelRubricCriterion.NameMax);
        b.Property(c => c.Guidance).HasMaxLength(ModelRubricCriterion.GuidanceMax);
        b.HasIndex(c => c.TenantId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ModelReviewScoreConfiguration : IEntityTypeConfiguration<ModelReviewScore>
{
    public void Configure(EntityTypeBuilder<ModelReviewScore> b)
    {
        b.HasKey(s => new { s.ReviewId, s.Code });
        b.Property(s => s.Code).HasMaxLength(ModelRubricCriterion.CodeMax);
        b.HasIndex(s => s.TenantId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
