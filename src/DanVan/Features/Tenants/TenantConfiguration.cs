using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Tenants;

public sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> b)
    {
        b.Property(t => t.Code).HasMaxLength(Tenant.CodeMax);
        b.Property(t => t.Name).HasMaxLength(Tenant.NameMax);
        b.HasIndex(t => t.Code).IsUnique();
    }
}
