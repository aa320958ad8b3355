using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Nominations;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Council;

public sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Name).HasMaxLength(Council.NameMax);
        b.Property(c => c.QuorumPercent).HasPrecision(6, 2);
        b.HasIndex(c => new { c.TenantId, c.UnitId, c.TermFrom });
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CouncilId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> b)
    {
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Name).HasMaxLength(CouncilMember.NameMax);
        b.Property(m => m.UnitName).HasMaxLength(Unit.NameMax);
        b.HasIndex(m => new { m.CouncilId, m.PersonId }).IsUnique();
        b.HasIndex(m => m.UserId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    public void Configure(EntityTypeBuilder<CouncilSession> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Place).HasMaxLength(CouncilSession.PlaceMax);
        b.HasIndex(s => new { s.CouncilId, s.Date });
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Council>().WithMany().HasForeignKey(s => s.CouncilId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(s => s.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("CouncilAttendance");
        b.HasKey(a => new { a.SessionId, a.MemberId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CouncilMember>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("CouncilAgendaItems");
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Name).HasMaxLength(AgendaItem.NameMax);
        b.Property(i => i.UnitName).HasMaxLength(Unit.NameMax);
        b.Property(i => i.AwardName).HasMaxLength(AwardKind.NameMax);
        b.Property(i => i.ThresholdPercent).HasPrecision(6, 2);
        b.Property(i => i.Percent).HasPrecision(6, 2);
        b.Property(i => i.Citation).HasMaxLength(AwardKindVersion.CitationMax + 200);
        b.Property(i => i.Sentence).HasMaxLength(AgendaItem.SentenceMax);
        b.HasIndex(i => new { i.SessionId, i.NomineeId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DossierNominee>().WithMany().HasForeignKey(i => i.NomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Dossier>().WithMany().HasForeignKey(i => i.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardKind>().WithMany().HasForeignKey(i => i.AwardKindId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardKindVersion>().WithMany().HasForeignKey(i => i.VersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(i => i.Recusals).WithOne().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Recusals).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(i => i.Rule);
    }
}

public sealed class RecusalConfiguration : IEntityTypeConfiguration<Recusal>
{
    public void Configure(EntityTypeBuilder<Recusal> b)
    {
        b.ToTable("CouncilRecusals");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Reason).HasMaxLength(AgendaItem.ReasonMax);
        b.HasIndex(r => new { r.ItemId, r.MemberId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CouncilMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BallotParticipationConfiguration : IEntityTypeConfiguration<BallotParticipation>
{
    public void Configure(EntityTypeBuilder<BallotParticipation> b)
    {
        b.ToTable("CouncilParticipations");
        b.HasKey(p => new { p.ItemId, p.MemberId }); // one ballot per member and item, whoever races
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CouncilMember>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    public void Configure(EntityTypeBuilder<Ballot> b)
    {
        b.ToTable("CouncilBallots");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Receipt).HasMaxLength(Ballot.ReceiptLength);
        b.HasIndex(x => new { x.ItemId, x.Receipt }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CouncilMember>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PaperCountConfiguration : IEntityTypeConfiguration<PaperCount>
{
    public void Configure(EntityTypeBuilder<PaperCount> b)
    {
        b.ToTable("CouncilPaperCounts");
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.UserName).HasMaxLength(256);
        b.HasIndex(p => new { p.ItemId, p.Entry }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AgendaItem>().WithMany().HasForeignKey(p => p.ItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
