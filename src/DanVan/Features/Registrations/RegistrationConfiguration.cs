using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Registrations;

public sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> b)
    {
        b.Property(r => r.Titles).HasMaxLength(Registration.TitlesMax);
        b.Property(r => r.Commitments).HasMaxLength(Registration.CommitmentsMax);
        b.Ignore(r => r.TitleCodes);
        b.HasIndex(r => new { r.TenantId, r.MovementId, r.UnitId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Movement>().WithMany().HasForeignKey(r => r.MovementId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.History).WithOne().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PlannedModelConfiguration : IEntityTypeConfiguration<PlannedModel>
{
    public void Configure(EntityTypeBuilder<PlannedModel> b)
    {
        b.Property(m => m.Name).HasMaxLength(PlannedModel.NameMax);
        b.Property(m => m.OtherField).HasMaxLength(ModelFields.OtherMax);
        b.HasIndex(m => new { m.TenantId, m.RegistrationId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Registration>().WithMany().HasForeignKey(m => m.RegistrationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RegisteredPersonConfiguration : IEntityTypeConfiguration<RegisteredPerson>
{
    public void Configure(EntityTypeBuilder<RegisteredPerson> b)
    {
        b.Property(p => p.Title).HasMaxLength(RegisteredPerson.TitleMax);
        b.HasIndex(p => new { p.TenantId, p.RegistrationId, p.PersonId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Registration>().WithMany().HasForeignKey(p => p.RegistrationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
