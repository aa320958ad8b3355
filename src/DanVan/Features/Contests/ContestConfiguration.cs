using DanVan.Features.Documents;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Contests;

public sealed class ContestConfiguration : IEntityTypeConfiguration<Contest>
{
    public void Configure(EntityTypeBuilder<Contest> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Name).HasMaxLength(Contest.NameMax);
        b.Property(c => c.Venue).HasMaxLength(Contest.NameMax);
        b.Property(c => c.CoOrganisers).HasMaxLength(Contest.TextMax);
        b.Property(c => c.AllowedPositions).HasMaxLength(Contest.PositionsMax);
        b.Property(c => c.CreatedByName).HasMaxLength(256);
        b.Property(c => c.PrizeBasis).HasMaxLength(ContestPrizes.BasisMax);
        b.Property(c => c.ResultsNumber).HasMaxLength(Document.NumberMax);
        b.Property(c => c.ResultsSignerTitle).HasMaxLength(Document.SignerMax);
        b.Property(c => c.ResultsSignerName).HasMaxLength(Document.SignerMax);
        b.Property(c => c.ResultsByName).HasMaxLength(256);
        b.HasOne<Document>().WithMany().HasForeignKey(c => c.ResultsDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Ignore(c => c.Positions);
        b.HasIndex(c => new { c.TenantId, c.Year });
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.OrganisingUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(c => c.PlanDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Eligible).WithOne().HasForeignKey(e => e.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Clusters).WithOne().HasForeignKey(e => e.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Rounds).WithOne().HasForeignKey(e => e.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Prizes).WithOne().HasForeignKey(e => e.ContestId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContestEligibleUnitConfiguration : IEntityTypeConfiguration<ContestEligibleUnit>
{
    public void Configure(EntityTypeBuilder<ContestEligibleUnit> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitKind>().WithMany().HasForeignKey(e => e.KindId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContestClusterConfiguration : IEntityTypeConfiguration<ContestCluster>
{
    public void Configure(EntityTypeBuilder<ContestCluster> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Name).HasMaxLength(ContestCluster.NameMax);
        b.HasIndex(c => new { c.ContestId, c.Seq }).IsUnique();
    }
}

public sealed class ContestRoundConfiguration : IEntityTypeConfiguration<ContestRound>
{
    public void Configure(EntityTypeBuilder<ContestRound> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Name).HasMaxLength(ContestRound.NameMax);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Advancement).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.AdvanceValue).HasPrecision(8, 2);
        b.Property(r => r.Board).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.FrozenByName).HasMaxLength(256);
        b.Property(r => r.FinalByName).HasMaxLength(256);
        b.Property(r => r.FrozenBoard).HasMaxLength(ContestRound.FrozenBoardMax);
        b.Ignore(r => r.ResultsLocked);
        b.Ignore(r => r.MaxPoints);
        b.Ignore(r => r.TieBreak);
        b.HasIndex(r => new { r.ContestId, r.Seq }).IsUnique();
        b.HasMany(r => r.Parts).WithOne().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContestPartConfiguration : IEntityTypeConfiguration<ContestPart>
{
    public void Configure(EntityTypeBuilder<ContestPart> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Name).HasMaxLength(ContestPart.NameMax);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.MaxPoints).HasPrecision(8, 2);
        b.Property(p => p.LatePenaltyPerDay).HasPrecision(8, 2);
        b.Property(p => p.OvertimePenaltyPerMinute).HasPrecision(8, 2);
        b.Property(p => p.ClosedByName).HasMaxLength(256);
        b.Property(p => p.QuizStartedByName).HasMaxLength(256);
        b.Property(p => p.QuizPauseReason).HasMaxLength(ContestPart.QuizReasonMax);
        b.Ignore(p => p.TrimFrom);
        b.Ignore(p => p.Closed);
        b.HasIndex(p => new { p.RoundId, p.Seq }).IsUnique();
        b.HasMany(p => p.Criteria).WithOne().HasForeignKey(c => c.PartId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContestCriterionConfiguration : IEntityTypeConfiguration<ContestCriterion>
{
    public void Configure(EntityTypeBuilder<ContestCriterion> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Name).HasMaxLength(ContestCriterion.NameMax);
        b.Property(c => c.MaxPoints).HasPrecision(8, 2);
        b.HasIndex(c => new { c.PartId, c.Seq }).IsUnique();
    }
}

public sealed class ContestTeamConfiguration : IEntityTypeConfiguration<ContestTeam>
{
    public void Configure(EntityTypeBuilder<ContestTeam> b)
    {
        b.Property(t => t.Id).ValueGeneratedNever();
        b.Property(t => t.CodeName).HasMaxLength(ContestTeam.CodeNameMax);
        b.Property(t => t.ReturnReason).HasMaxLength(ContestTeam.ReasonMax);
        b.Property(t => t.RegisteredByName).HasMaxLength(256);
        b.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        b.Ignore(t => t.Current);
        b.Ignore(t => t.Players);
        b.HasIndex(t => new { t.ContestId, t.UnitId }).IsUnique(); // one team per unit and contest
        b.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contest>().WithMany().HasForeignKey(t => t.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestCluster>().WithMany().HasForeignKey(t => t.ClusterId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Events).WithOne().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContestMemberConfiguration : IEntityTypeConfiguration<ContestMember>
{
    public void Configure(EntityTypeBuilder<ContestMember> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Name).HasMaxLength(Person.FullNameMax);
        b.Property(m => m.Position).HasMaxLength(Person.PositionMax);
        b.Property(m => m.LeftByName).HasMaxLength(256);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(m => new { m.TeamId, m.PersonId, m.Active });
        b.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContestEventConfiguration : IEntityTypeConfiguration<ContestEvent>
{
    public void Configure(EntityTypeBuilder<ContestEvent> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(24);
        b.Property(e => e.ByName).HasMaxLength(256);
        b.Property(e => e.Note).HasMaxLength(ContestTeam.ReasonMax + 600);
    }
}

public sealed class ContestPrizeConfiguration : IEntityTypeConfiguration<ContestPrize>
{
    public void Configure(EntityTypeBuilder<ContestPrize> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Name).HasMaxLength(ContestPrize.NameMax);
        b.Property(p => p.Subject).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(p => new { p.ContestId, p.Seq }).IsUnique();
    }
}

public sealed class ContestAwardConfiguration : IEntityTypeConfiguration<ContestAward>
{
    public void Configure(EntityTypeBuilder<ContestAward> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.HolderName).HasMaxLength(ContestAward.NameMax);
        b.Property(a => a.UnitName).HasMaxLength(Unit.NameMax);
        b.Property(a => a.Position).HasMaxLength(Person.PositionMax);
        b.Property(a => a.Total).HasPrecision(10, 2);
        b.Property(a => a.Reason).HasMaxLength(ContestAward.ReasonMax);
        b.HasIndex(a => new { a.ContestId, a.Seq }).IsUnique();
        b.HasOne<Contest>().WithMany().HasForeignKey(a => a.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestPrize>().WithMany().HasForeignKey(a => a.PrizeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestTeam>().WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ContestCertificateConfiguration : IEntityTypeConfiguration<ContestCertificate>
{
    public void Configure(EntityTypeBuilder<ContestCertificate> b)
    {
        b.HasOne<Tenant>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Code).HasMaxLength(Certificates.Certificate.CodeLength);
        b.HasIndex(c => c.Code).IsUnique();
        b.Property(c => c.HolderName).HasMaxLength(ContestAward.NameMax);
        b.Property(c => c.UnitName).HasMaxLength(Unit.NameMax);
        b.Property(c => c.Position).HasMaxLength(Person.PositionMax);
        b.HasIndex(c => c.ContestId);
        b.HasOne<Contest>().WithMany().HasForeignKey(c => c.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestAward>().WithMany().HasForeignKey(c => c.AwardId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
