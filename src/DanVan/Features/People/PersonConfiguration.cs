using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.People;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.FullName).HasMaxLength(Person.FullNameMax);
        b.Property(p => p.FullNameFolded).HasMaxLength(Person.FullNameMax);
        b.Property(p => p.Position).HasMaxLength(Person.PositionMax);
        b.Property(p => p.Ethnicity).HasMaxLength(Person.EthnicityMax);
        b.HasIndex(p => new { p.TenantId, p.FullNameFolded, p.Id });
        // A small scope (UnitId IN …) reads its page in name order from this index; it replaces (TenantId, UnitId).
        b.HasIndex(p => new { p.TenantId, p.UnitId, p.FullNameFolded, p.Id });
        // "Who qualifies" for collectives counts each unit's staff and women (the tie preference, Decree 152 Art. 4) over a
        // province's units: read from this index alone (M, 2,942 units, SQLite: 78 → 26 ms; bench/notes/eligibility.md §4).
        b.HasIndex(p => new { p.TenantId, p.UnitId, p.Gender });
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PersonTransferConfiguration : IEntityTypeConfiguration<PersonTransfer>
{
    public void Configure(EntityTypeBuilder<PersonTransfer> b)
    {
        b.Property(t => t.Note).HasMaxLength(PersonTransfer.NoteMax);
        b.HasIndex(t => new { t.TenantId, t.PersonId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(t => t.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(t => t.ToUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
