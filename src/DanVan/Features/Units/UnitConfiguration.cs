using DanVan.Features.Documents;
using DanVan.Features.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Units;

public sealed class UnitKindConfiguration : IEntityTypeConfiguration<UnitKind>
{
    public void Configure(EntityTypeBuilder<UnitKind> b)
    {
        b.Property(k => k.Code).HasMaxLength(UnitKind.CodeMax);
        b.Property(k => k.Name).HasMaxLength(UnitKind.NameMax);
        b.HasIndex(k => new { k.TenantId, k.Code }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(k => k.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.Property(u => u.Code).HasMaxLength(Unit.CodeMax);
        b.Property(u => u.Name).HasMaxLength(Unit.NameMax);
        b.Property(u => u.NameFolded).HasMaxLength(Unit.NameMax + Unit.CodeMax + Unit.ShortNameMax + 2);
        b.Property(u => u.ShortName).HasMaxLength(Unit.ShortNameMax);
        b.Property(u => u.Path).HasMaxLength(Unit.PathMax);
        b.HasIndex(u => new { u.TenantId, u.Code }).IsUnique();
        b.HasIndex(u => new { u.TenantId, u.Path }).IsUnique();
        b.HasIndex(u => new { u.TenantId, u.ParentId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.Kind).WithMany().HasForeignKey(u => u.KindId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> b)
    {
        b.Property(s => s.Note).HasMaxLength(UnitSuccession.NoteMax);
        b.Property(s => s.Basis).HasMaxLength(UnitSuccession.BasisMax);
        b.HasOne<Document>().WithMany().HasForeignKey(s => s.BasisDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.TenantId, s.PredecessorId });
        b.HasIndex(s => new { s.TenantId, s.SuccessorId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WorkHandoverConfiguration : IEntityTypeConfiguration<WorkHandover>
{
    public void Configure(EntityTypeBuilder<WorkHandover> b)
    {
        b.Property(h => h.Note).HasMaxLength(WorkHandover.NoteMax);
        b.HasIndex(h => new { h.TenantId, h.ObjectId });
        b.HasIndex(h => new { h.TenantId, h.FromUnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitSuccession>().WithMany().HasForeignKey(h => h.SuccessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(h => h.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(h => h.ToUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PendingHandoverConfiguration : IEntityTypeConfiguration<PendingHandover>
{
    public void Configure(EntityTypeBuilder<PendingHandover> b)
    {
        b.Property(p => p.Basis).HasMaxLength(PendingHandover.BasisMax);
        b.Property(p => p.RecordedByName).HasMaxLength(256);
        b.Property(p => p.CancelReason).HasMaxLength(PendingHandover.ReasonMax);
        b.Property(p => p.LastError).HasMaxLength(PendingHandover.ErrorMax);
        b.HasIndex(p => new { p.State, p.EffectiveOn });
        b.HasIndex(p => new { p.TenantId, p.UnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
