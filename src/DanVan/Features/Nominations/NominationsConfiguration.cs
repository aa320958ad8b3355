using DanVan.Features.Awards;
using DanVan.Features.People;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Nominations;

public sealed class NominationRoundConfiguration : IEntityTypeConfiguration<NominationRound>
{
    public void Configure(EntityTypeBuilder<NominationRound> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Name).HasMaxLength(NominationRound.NameMax);
        b.Property(r => r.Kind).HasMaxLength(20);
        b.Property(r => r.Status).HasMaxLength(20);
        b.HasIndex(r => new { r.TenantId, r.Year });
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Offers).WithOne().HasForeignKey(o => o.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Offers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class NominationOfferConfiguration : IEntityTypeConfiguration<NominationOffer>
{
    public void Configure(EntityTypeBuilder<NominationOffer> b)
    {
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.QuotaNote).HasMaxLength(NominationRound.QuotaNoteMax);
        b.HasIndex(o => new { o.RoundId, o.AwardKindId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(o => o.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardKind>().WithMany().HasForeignKey(o => o.AwardKindId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Status).HasMaxLength(20);
        b.Property(d => d.SubmissionNumberText).HasMaxLength(Dossier.NumberMax);
        b.HasIndex(d => new { d.RoundId, d.UnitId }).IsUnique();
        b.HasIndex(d => new { d.TenantId, d.HeldByUnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NominationRound>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(d => d.HeldByUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Nominees).WithOne().HasForeignKey(n => n.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Attachments).WithOne().HasForeignKey(a => a.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.History).WithOne().HasForeignKey(e => e.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.ReturnItems).WithOne().HasForeignKey(i => i.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Levels).WithOne().HasForeignKey(l => l.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(d => d.Snapshots).WithOne().HasForeignKey(s => s.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(d => d.Nominees).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.ReturnItems).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.Levels).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.Snapshots).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class DossierNomineeConfiguration : IEntityTypeConfiguration<DossierNominee>
{
    public void Configure(EntityTypeBuilder<DossierNominee> b)
    {
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Subject).HasMaxLength(20);
        b.Property(n => n.Verdict).HasMaxLength(20);
        b.Property(n => n.Name).HasMaxLength(DossierNominee.NameMax);
        b.Property(n => n.UnitName).HasMaxLength(DossierNominee.NameMax);
        b.Property(n => n.AwardName).HasMaxLength(AwardKind.NameMax);
        b.Property(n => n.ReportPosition).HasMaxLength(NomineeReport.FieldMax);
        b.Property(n => n.ReportDuties).HasMaxLength(NomineeReport.FieldMax);
        b.Property(n => n.ReportAchievements).HasMaxLength(NomineeReport.FieldMax);
        b.Property(n => n.ReportNarrative).HasMaxLength(NomineeReport.NarrativeMax);
        b.HasIndex(n => new { n.DossierId, n.PersonId, n.SubjectUnitId, n.AwardKindId, n.Year });
        b.HasIndex(n => new { n.TenantId, n.AwardKindId, n.Year });

        // One nominee once per round and award across all live dossiers: the loser of a race fails here (AddNominee → 409).
        b.HasIndex(n => new { n.RoundId, n.AwardKindId, n.PersonId }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL")
            .HasDatabaseName("IX_DossierNominees_OncePerRound_Person");
        b.HasIndex(n => new { n.RoundId, n.AwardKindId, n.SubjectUnitId }).IsUnique().HasFilter("\"WithdrawnAt\" IS NULL")
            .HasDatabaseName("IX_DossierNominees_OncePerRound_Unit");
        b.Ignore(n => n.SubjectId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(n => n.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(n => n.SubjectUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardKind>().WithMany().HasForeignKey(n => n.AwardKindId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AwardKindVersion>().WithMany().HasForeignKey(n => n.VersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(n => n.Checks).WithOne().HasForeignKey(c => c.NomineeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(n => n.Checks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class NomineeCheckConfiguration : IEntityTypeConfiguration<NomineeCheck>
{
    public void Configure(EntityTypeBuilder<NomineeCheck> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Kind).HasMaxLength(40);
        b.Property(c => c.Verdict).HasMaxLength(20);
        b.Property(c => c.Rule).HasMaxLength(NomineeCheck.TextMax);
        b.Property(c => c.Finding).HasMaxLength(NomineeCheck.TextMax);
        b.Property(c => c.Citation).HasMaxLength(NomineeCheck.CitationMax);
        b.HasIndex(c => new { c.NomineeId, c.Position });
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Facts).WithOne().HasForeignKey(f => f.CheckId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Facts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class NomineeFactConfiguration : IEntityTypeConfiguration<NomineeFact>
{
    public void Configure(EntityTypeBuilder<NomineeFact> b)
    {
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Text).HasMaxLength(NomineeCheck.TextMax);
        b.Property(f => f.Link).HasMaxLength(NomineeFact.LinkMax);
        b.HasIndex(f => new { f.CheckId, f.Seq });
        b.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DossierAttachmentConfiguration : IEntityTypeConfiguration<DossierAttachment>
{
    public void Configure(EntityTypeBuilder<DossierAttachment> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Document).HasMaxLength(40);
        b.Property(a => a.FileName).HasMaxLength(DossierAttachment.FileNameMax);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.AddedByName).HasMaxLength(200);
        b.HasIndex(a => a.DossierId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DossierNominee>().WithMany().HasForeignKey(a => a.NomineeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEvent>
{
    public void Configure(EntityTypeBuilder<DossierEvent> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Action).HasMaxLength(30);
        b.Property(e => e.Note).HasMaxLength(DossierEvent.NoteMax);
        b.Property(e => e.ByName).HasMaxLength(200);
        b.HasIndex(e => new { e.DossierId, e.At });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(e => e.LevelUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DossierReturnItemConfiguration : IEntityTypeConfiguration<DossierReturnItem>
{
    public void Configure(EntityTypeBuilder<DossierReturnItem> b)
    {
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Requirement).HasMaxLength(20);
        b.Property(i => i.RuleKind).HasMaxLength(40);
        b.Property(i => i.Document).HasMaxLength(40);
        b.Property(i => i.NomineeName).HasMaxLength(DossierNominee.NameMax);
        b.Property(i => i.Reason).HasMaxLength(DossierReturnItem.ReasonMax);
        b.Property(i => i.ByName).HasMaxLength(200);
        b.Ignore(i => i.RequirementLabel);
        b.HasIndex(i => new { i.DossierId, i.Submission });
        b.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(i => i.LevelUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DossierLevelConfiguration : IEntityTypeConfiguration<DossierLevel>
{
    public void Configure(EntityTypeBuilder<DossierLevel> b)
    {
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Property(l => l.Outcome).HasMaxLength(30);
        b.HasIndex(l => new { l.DossierId, l.Seq }).IsUnique();
        b.HasIndex(l => new { l.TenantId, l.UnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(l => l.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DossierSnapshotFieldConfiguration : IEntityTypeConfiguration<DossierSnapshotField>
{
    public void Configure(EntityTypeBuilder<DossierSnapshotField> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Nominee).HasMaxLength(DossierNominee.NameMax);
        b.Property(s => s.Field).HasMaxLength(100);
        b.Property(s => s.Value).HasMaxLength(DossierSnapshotField.ValueMax);
        b.HasIndex(s => new { s.DossierId, s.Submission });
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
