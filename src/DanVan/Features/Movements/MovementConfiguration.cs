using DanVan.Features.Documents;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Movements;

public sealed class MovementConfiguration : IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<Movement> b)
    {
        b.Property(m => m.Name).HasMaxLength(Movement.NameMax);
        b.Property(m => m.NameFolded).HasMaxLength(Movement.NameMax);
        b.Property(m => m.Theme).HasMaxLength(Movement.ThemeMax);
        b.Property(m => m.CollectiveSubjects).HasMaxLength(Movement.SubjectsMax);
        b.Property(m => m.IndividualSubjects).HasMaxLength(Movement.SubjectsMax);
        b.HasIndex(m => new { m.TenantId, m.Year });
        b.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(m => m.LaunchingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(m => m.PlanDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(m => m.History).WithOne().HasForeignKey(e => e.MovementId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MovementItemConfiguration : IEntityTypeConfiguration<MovementItem>
{
    public void Configure(EntityTypeBuilder<MovementItem> b)
    {
        b.Property(i => i.Text).HasMaxLength(MovementItem.TextMax);
        b.Property(i => i.RuleCode).HasMaxLength(MovementItem.RuleMax);
        b.HasIndex(i => new { i.TenantId, i.MovementId, i.Kind, i.Seq }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(i => i.MovementId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MovementParticipantConfiguration : IEntityTypeConfiguration<MovementParticipant>
{
    public void Configure(EntityTypeBuilder<MovementParticipant> b)
    {
        b.HasIndex(p => new { p.TenantId, p.MovementId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(p => p.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitKind>().WithMany().HasForeignKey(p => p.KindId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MovementEventConfiguration : IEntityTypeConfiguration<MovementEvent>
{
    public void Configure(EntityTypeBuilder<MovementEvent> b)
    {
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Action).HasMaxLength(100);
        b.Property(e => e.Note).HasMaxLength(MovementEvent.NoteMax);
        b.HasIndex(e => new { e.TenantId, e.MovementId, e.At });
        b.HasIndex(e => new { e.TenantId, e.UnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PlanObligationConfiguration : IEntityTypeConfiguration<PlanObligation>
{
    public void Configure(EntityTypeBuilder<PlanObligation> b)
    {
        b.Property(o => o.WaivedReason).HasMaxLength(PlanObligation.NoteMax);
        b.HasIndex(o => new { o.TenantId, o.MovementId, o.UnitId }).IsUnique();
        b.HasIndex(o => new { o.TenantId, o.UnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(o => o.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(o => o.ParentUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(o => o.PlanDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.History).WithOne().HasForeignKey(e => e.ObligationId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(o => o.IsFiled);
        b.Ignore(o => o.IsWaived);
        b.Ignore(o => o.IsOpen);
    }
}
