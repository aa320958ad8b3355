using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Reports;

public sealed class ReportFormConfiguration : IEntityTypeConfiguration<ReportForm>
{
    public void Configure(EntityTypeBuilder<ReportForm> b)
    {
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Code).HasMaxLength(ReportForm.CodeMax);
        b.Property(f => f.Name).HasMaxLength(ReportForm.NameMax);
        b.HasIndex(f => new { f.TenantId, f.Code, f.Revision }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(f => f.Fields).WithOne().HasForeignKey(f => f.FormId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(f => f.Fields).HasField("_fields");
    }
}

public sealed class ReportFieldConfiguration : IEntityTypeConfiguration<ReportField>
{
    public void Configure(EntityTypeBuilder<ReportField> b)
    {
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Section).HasMaxLength(ReportField.SectionMax);
        b.Property(f => f.Code).HasMaxLength(ReportField.CodeMax);
        b.Property(f => f.Label).HasMaxLength(ReportField.LabelMax);
        b.Property(f => f.Unit).HasMaxLength(ReportField.UnitMax);
        b.Property(f => f.SumOf).HasMaxLength(ReportField.SumOfMax);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Source).HasConversion<string>().HasMaxLength(32);
        b.Ignore(f => f.Parts);
        b.HasIndex(f => new { f.FormId, f.Code }).IsUnique();
    }
}

public sealed class ReportCampaignConfiguration : IEntityTypeConfiguration<ReportCampaign>
{
    public void Configure(EntityTypeBuilder<ReportCampaign> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Name).HasMaxLength(ReportCampaign.NameMax);
        b.Property(c => c.LaunchedByName).HasMaxLength(256);
        b.HasIndex(c => new { c.TenantId, c.Year });
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReportForm>().WithMany().HasForeignKey(c => c.FormId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReportRecipientConfiguration : IEntityTypeConfiguration<ReportRecipient>
{
    public void Configure(EntityTypeBuilder<ReportRecipient> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => r.CampaignId);
        b.HasOne<ReportCampaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitKind>().WithMany().HasForeignKey(r => r.KindId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.SubmittedByName).HasMaxLength(256);
        b.Property(s => s.AcceptedByName).HasMaxLength(256);
        b.HasIndex(s => new { s.CampaignId, s.UnitId }).IsUnique();
        b.HasIndex(s => new { s.TenantId, s.UnitId, s.State });
        b.HasOne<ReportCampaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Values).WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Values).HasField("_values");
        b.HasMany(s => s.History).WithOne().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.History).HasField("_history");
    }
}

public sealed class ReportValueConfiguration : IEntityTypeConfiguration<ReportValue>
{
    public void Configure(EntityTypeBuilder<ReportValue> b)
    {
        b.Property(v => v.Id).ValueGeneratedNever();
        b.Property(v => v.Code).HasMaxLength(ReportField.CodeMax);
        b.Property(v => v.Text).HasMaxLength(ReportSubmission.TextMax);
        b.Property(v => v.CorrectionReason).HasMaxLength(ReportSubmission.ReasonMax);
        b.Property(v => v.ReturnReason).HasMaxLength(ReportSubmission.ReasonMax);
        b.Property(v => v.ReturnedText).HasMaxLength(ReportSubmission.TextMax);
        b.Ignore(v => v.ChangedSinceReturn);
        b.HasIndex(v => new { v.SubmissionId, v.Code }).IsUnique();
    }
}

public sealed class ReportEventConfiguration : IEntityTypeConfiguration<ReportEvent>
{
    public void Configure(EntityTypeBuilder<ReportEvent> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.UserName).HasMaxLength(256);
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Note).HasMaxLength(ReportEvent.NoteMax);
        b.HasIndex(e => e.SubmissionId);
    }
}
