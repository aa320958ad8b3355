using DanVan.Features.Documents;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Clusters;

public sealed class EmulationClusterConfiguration : IEntityTypeConfiguration<EmulationCluster>
{
    public void Configure(EntityTypeBuilder<EmulationCluster> b)
    {
        b.Property(c => c.Name).HasMaxLength(EmulationCluster.NameMax);
        b.HasIndex(c => new { c.TenantId, c.Year, c.Kind, c.Name }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.LeaderUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.DeputyUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(c => c.FoundingDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ClusterId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.History).WithOne().HasForeignKey(e => e.ClusterId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ClusterMemberConfiguration : IEntityTypeConfiguration<ClusterMember>
{
    public void Configure(EntityTypeBuilder<ClusterMember> b)
    {
        b.Property(m => m.Id).ValueGeneratedNever(); // added to a loaded group: a new row, whatever its key
        // The rule "at most one cluster (one bloc) per unit per year", held by the database.
        b.HasIndex(m => new { m.TenantId, m.UnitId, m.Year, m.Kind }).IsUnique();
        b.HasIndex(m => m.ClusterId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ClusterEventConfiguration : IEntityTypeConfiguration<ClusterEvent>
{
    public void Configure(EntityTypeBuilder<ClusterEvent> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(EmulationCluster.ReasonMax);
        b.HasIndex(e => new { e.TenantId, e.ClusterId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
