using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Infrastructure.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMax);
        b.Property(a => a.EntityType).HasMaxLength(AuditEntry.EntityTypeMax);
        b.Property(a => a.EntityId).HasMaxLength(80);
        b.Property(a => a.UserName).HasMaxLength(AuditEntry.UserNameMax);
        b.Property(a => a.Ip).HasMaxLength(AuditEntry.IpMax);
        b.Property(a => a.CorrelationId).HasMaxLength(AuditEntry.CorrelationMax);
        b.Property(a => a.PrevHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => a.Seq).IsUnique();
        b.HasIndex(a => new { a.TenantId, a.At });
        b.HasIndex(a => new { a.EntityType, a.EntityId });
        b.HasIndex(a => new { a.TenantId, a.UnitId, a.Seq });
    }
}
