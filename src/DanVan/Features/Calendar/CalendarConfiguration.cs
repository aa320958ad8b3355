using DanVan.Features.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Calendar;

public sealed class WorkingDayCalendarConfiguration : IEntityTypeConfiguration<WorkingDayCalendar>
{
    public void Configure(EntityTypeBuilder<WorkingDayCalendar> b)
    {
        b.Property(c => c.Note).HasMaxLength(WorkingDayCalendar.NoteMax);
        b.Property(c => c.ConfirmedByName).HasMaxLength(256);
        b.Property(c => c.ConfirmCitation).HasMaxLength(CalendarEntry.CitationMax);

        // One calendar per province and year: two concurrent proposals cannot both create 2028.
        b.HasIndex(c => new { c.TenantId, c.Year }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);

        // An entry removed from the year is deleted (its history row keeps what it was).
        b.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.CalendarId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.History).WithOne().HasForeignKey(e => e.CalendarId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CalendarEntryConfiguration : IEntityTypeConfiguration<CalendarEntry>
{
    public void Configure(EntityTypeBuilder<CalendarEntry> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever(); // added to a loaded year's Entries: a new row, whatever its key
        b.Property(e => e.Kind).HasMaxLength(20);
        b.Property(e => e.Origin).HasMaxLength(20);
        b.Property(e => e.Name).HasMaxLength(CalendarEntry.NameMax);
        b.Property(e => e.Citation).HasMaxLength(CalendarEntry.CitationMax);

        // One entry per day of a year; the "add N working days" query reads a range of dates of one province.
        b.HasIndex(e => new { e.CalendarId, e.Date }).IsUnique();
        b.HasIndex(e => new { e.TenantId, e.Date });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CalendarEventConfiguration : IEntityTypeConfiguration<CalendarEvent>
{
    public void Configure(EntityTypeBuilder<CalendarEvent> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever(); // appended to a loaded year's History
        b.Property(e => e.Action).HasMaxLength(20);
        b.Property(e => e.Kind).HasMaxLength(20);
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Name).HasMaxLength(CalendarEntry.NameMax);
        b.Property(e => e.Note).HasMaxLength(CalendarEntry.CitationMax);
        b.HasIndex(e => new { e.CalendarId, e.At });
        b.HasIndex(e => e.TenantId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
