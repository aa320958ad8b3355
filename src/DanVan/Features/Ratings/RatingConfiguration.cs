using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Ratings;

public sealed class PersonRatingConfiguration : IEntityTypeConfiguration<PersonRating>
{
    public void Configure(EntityTypeBuilder<PersonRating> b)
    {
        b.Property(r => r.Note).HasMaxLength(PersonRating.NoteMax);
        b.Property(r => r.EnteredByName).HasMaxLength(256);
        b.Property(r => r.SourceFile).HasMaxLength(RatingSource.FileNameMax);
        b.HasIndex(r => new { r.TenantId, r.PersonId, r.Year }).IsUnique();
        b.HasIndex(r => new { r.TenantId, r.Year, r.UnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Changes).WithOne().HasForeignKey(c => c.RatingId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PersonRatingChangeConfiguration : IEntityTypeConfiguration<PersonRatingChange>
{
    public void Configure(EntityTypeBuilder<PersonRatingChange> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever(); // appended to a loaded rating's Changes: a new row, whatever its key
        b.Property(c => c.UserName).HasMaxLength(256);
        b.Property(c => c.Note).HasMaxLength(PersonRating.NoteMax);
        b.Property(c => c.Reason).HasMaxLength(PersonRating.ReasonMax);
        b.Property(c => c.SourceFile).HasMaxLength(RatingSource.FileNameMax);
        b.HasIndex(c => new { c.TenantId, c.PersonId, c.Year });
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DisciplineConfiguration : IEntityTypeConfiguration<Discipline>
{
    public void Configure(EntityTypeBuilder<Discipline> b)
    {
        b.Property(d => d.DecisionNumber).HasMaxLength(Discipline.DecisionNumberMax);
        b.Property(d => d.Note).HasMaxLength(Discipline.NoteMax);
        b.Property(d => d.EnteredByName).HasMaxLength(256);
        b.HasIndex(d => new { d.TenantId, d.PersonId, d.From });
        b.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
