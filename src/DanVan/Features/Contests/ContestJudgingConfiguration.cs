using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Contests;

public sealed class ContestJudgeConfiguration : IEntityTypeConfiguration<ContestJudge>
{
    public void Configure(EntityTypeBuilder<ContestJudge> b)
    {
        b.Property(j => j.Id).ValueGeneratedNever();
        b.Property(j => j.Name).HasMaxLength(ContestJudge.NameMax);
        b.Property(j => j.Organisation).HasMaxLength(ContestJudge.OrganisationMax);
        b.Property(j => j.AddedByName).HasMaxLength(256);
        b.Ignore(j => j.IsGuest);
        b.HasIndex(j => new { j.RoundId, j.UserId }).IsUnique(); // one seat per account and round
        b.HasIndex(j => new { j.TenantId, j.UserId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(j => j.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contest>().WithMany().HasForeignKey(j => j.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestRound>().WithMany().HasForeignKey(j => j.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(j => j.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(j => j.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(j => j.Conflicts).WithOne().HasForeignKey(c => c.JudgeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContestConflictConfiguration : IEntityTypeConfiguration<ContestConflict>
{
    public void Configure(EntityTypeBuilder<ContestConflict> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Reason).HasMaxLength(ContestConflict.ReasonMax);
        b.Property(c => c.ByName).HasMaxLength(256);
        b.HasIndex(c => new { c.JudgeId, c.TeamId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestTeam>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContestAttendanceConfiguration : IEntityTypeConfiguration<ContestAttendance>
{
    public void Configure(EntityTypeBuilder<ContestAttendance> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Note).HasMaxLength(ContestAttendance.NoteMax);
        b.Property(a => a.RecordedByName).HasMaxLength(256);
        b.HasIndex(a => new { a.PartId, a.TeamId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestPart>().WithMany().HasForeignKey(a => a.PartId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestTeam>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContestSheetConfiguration : IEntityTypeConfiguration<ContestSheet>
{
    public void Configure(EntityTypeBuilder<ContestSheet> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.EnteredByName).HasMaxLength(256);
        b.Property(s => s.ConfirmedByName).HasMaxLength(256);
        b.Ignore(s => s.Total);
        b.Ignore(s => s.Mismatches);
        b.HasIndex(s => new { s.PartId, s.JudgeId, s.TeamId }).IsUnique(); // one sheet per judge, team and part
        b.HasIndex(s => new { s.ContestId, s.PartId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contest>().WithMany().HasForeignKey(s => s.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestPart>().WithMany().HasForeignKey(s => s.PartId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestJudge>().WithMany().HasForeignKey(s => s.JudgeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestTeam>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContestSheetLineConfiguration : IEntityTypeConfiguration<ContestSheetLine>
{
    public void Configure(EntityTypeBuilder<ContestSheetLine> b)
    {
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Property(l => l.Points).HasPrecision(8, 2);
        b.HasIndex(l => new { l.SheetId, l.CriterionId, l.Entry }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(l => l.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestCriterion>().WithMany().HasForeignKey(l => l.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
