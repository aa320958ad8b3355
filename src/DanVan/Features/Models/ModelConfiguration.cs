using DanVan.Features.Documents;
using DanVan.Features.Movements;
using DanVan.Features.People;
using DanVan.Features.Registrations;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Models;

public sealed class DvkModelConfiguration : IEntityTypeConfiguration<DvkModel>
{
    public void Configure(EntityTypeBuilder<DvkModel> b)
    {
        b.Property(m => m.Name).HasMaxLength(DvkModel.NameMax);
        b.Property(m => m.OtherField).HasMaxLength(ModelFields.OtherMax);
        foreach (var text in new[] { nameof(DvkModel.Problem), nameof(DvkModel.Goals), nameof(DvkModel.ContentAndMethods), nameof(DvkModel.AreaAndBeneficiaries),
                     nameof(DvkModel.Forces), nameof(DvkModel.Resources), nameof(DvkModel.ExpectedOutputs), nameof(DvkModel.Sustainability) })
        {
            b.Property(text).HasMaxLength(DvkModel.TextMax);
        }

        b.Property(m => m.SearchFolded).HasMaxLength(DvkModel.NameMax + (5 * DvkModel.TextMax) + 5);
        b.HasIndex(m => new { m.TenantId, m.UnitId });
        b.HasIndex(m => new { m.TenantId, m.MovementId, m.Status });
        b.HasIndex(m => new { m.TenantId, m.ReplicatedFromId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(m => m.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlannedModel>().WithMany().HasForeignKey(m => m.PlannedModelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DvkModel>().WithMany().HasForeignKey(m => m.ReplicatedFromId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(m => m.RecognitionDocumentId).OnDelete(DeleteBehavior.Restrict);

        // The rows the entity's transitions append; saved with the model, never loaded through it.
        b.HasMany(m => m.History).WithOne().HasForeignKey(e => e.ModelId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(m => m.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class ModelEventConfiguration : IEntityTypeConfiguration<ModelEvent>
{
    public void Configure(EntityTypeBuilder<ModelEvent> b)
    {
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Id).ValueGeneratedNever(); // appended to a loaded model's History: a new row, whatever its key
        b.Property(e => e.Note).HasMaxLength(ModelEvent.NoteMax);
        b.HasIndex(e => new { e.TenantId, e.ModelId, e.At });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ModelProgressConfiguration : IEntityTypeConfiguration<ModelProgress>
{
    public void Configure(EntityTypeBuilder<ModelProgress> b)
    {
        b.Property(p => p.Narrative).HasMaxLength(ModelProgress.NarrativeMax);
        b.Property(p => p.UserName).HasMaxLength(256);
        b.HasIndex(p => new { p.TenantId, p.ModelId, p.ReportedOn });
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DvkModel>().WithMany().HasForeignKey(p => p.ModelId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ModelIndicatorValueConfiguration : IEntityTypeConfiguration<ModelIndicatorValue>
{
    public void Configure(EntityTypeBuilder<ModelIndicatorValue> b)
    {
        b.Property(v => v.Code).HasMaxLength(ModelIndicatorValue.CodeMax);
        b.Property(v => v.Value).HasPrecision(18, 2);
        b.HasIndex(v => new { v.TenantId, v.ProgressId, v.Code }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(v => v.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ModelProgress>().WithMany().HasForeignKey(v => v.ProgressId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ModelEvidenceConfiguration : IEntityTypeConfiguration<ModelEvidence>
{
    public void Configure(EntityTypeBuilder<ModelEvidence> b)
    {
        b.Property(e => e.FileName).HasMaxLength(200);
        b.Property(e => e.ContentType).HasMaxLength(100);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.HasIndex(e => new { e.TenantId, e.ModelId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DvkModel>().WithMany().HasForeignKey(e => e.ModelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ModelProgress>().WithMany().HasForeignKey(e => e.ProgressId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ModelReviewConfiguration : IEntityTypeConfiguration<ModelReview>
{
    public void Configure(EntityTypeBuilder<ModelReview> b)
    {
        b.Property(r => r.ReviewerName).HasMaxLength(256);
        b.Property(r => r.Comments).HasMaxLength(ModelReview.CommentsMax);
        b.HasIndex(r => new { r.TenantId, r.ModelId });

        // One current score per reviewer, model and round: a second concurrent scoring cannot slip in.
        b.HasIndex(r => new { r.ModelId, r.ReviewerId, r.Round }).IsUnique().HasFilter("\"SupersededAt\" IS NULL");
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DvkModel>().WithMany().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ModelRubric>().WithMany().HasForeignKey(r => r.RubricId).OnDelete(DeleteBehavior.Restrict);

        // The review's own rows, saved with it (ModelRubricConfiguration.cs configures the row).
        b.HasMany(r => r.Scores).WithOne().HasForeignKey(s => s.ReviewId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
