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
        b.Property(m => m.OtherField).HasMaxLength(100);
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
    }
}

public sealed class ModelEventConfiguration : IEntityTypeConfiguration<ModelEvent>
{
    public void Configure(EntityTypeBuilder<ModelEvent> b)
    {
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(ModelEvent.NoteMax);
        b.HasIndex(e => new { e.TenantId, e.ModelId, e.At });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DvkModel>().WithMany().HasForeignKey(e => e.ModelId).OnDelete(DeleteBehavior.Restrict);
    }
}
