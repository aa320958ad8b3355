using DanVan.Features.Documents;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Features.Assessments;

/// <summary>Points are stored as hundredths (a long), so both databases sort and compare them as integers.</summary>
internal static class PointsColumn
{
    private static readonly ValueConverter<decimal, long> Converter = new(v => Points.ToStore(v), v => Points.FromStore(v));

    public static PropertyBuilder<decimal> Stored(this PropertyBuilder<decimal> p) => p.HasConversion(Converter);

    public static PropertyBuilder<decimal?> Stored(this PropertyBuilder<decimal?> p) => p.HasConversion(Converter);
}

public sealed class CriteriaSetConfiguration : IEntityTypeConfiguration<CriteriaSet>
{
    public void Configure(EntityTypeBuilder<CriteriaSet> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Name).HasMaxLength(CriteriaSet.NameMax);
        b.Property(s => s.Citation).HasMaxLength(CriteriaSet.CitationMax);
        b.Property(s => s.SuperiorShare).Stored();
        b.HasIndex(s => new { s.TenantId, s.Year, s.Edition }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(s => s.RegulationDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Criteria).WithOne().HasForeignKey(c => c.SetId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Bands).WithOne().HasForeignKey(c => c.SetId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(s => s.Bands).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(s => s.IsFrozen);
    }
}

public sealed class AssessmentCriterionConfiguration : IEntityTypeConfiguration<AssessmentCriterion>
{
    public void Configure(EntityTypeBuilder<AssessmentCriterion> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Group).HasMaxLength(AssessmentCriterion.NameMax);
        b.Property(c => c.Code).HasMaxLength(AssessmentCriterion.CodeMax);
        b.Property(c => c.Name).HasMaxLength(AssessmentCriterion.NameMax);
        b.Property(c => c.Guidance).HasMaxLength(AssessmentCriterion.GuidanceMax);
        b.Property(c => c.MaxPoints).Stored();
        b.HasIndex(c => new { c.SetId, c.Code }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitKind>().WithMany().HasForeignKey(c => c.UnitKindId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RankBandConfiguration : IEntityTypeConfiguration<RankBand>
{
    public void Configure(EntityTypeBuilder<RankBand> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Label).HasMaxLength(RankBand.LabelMax);
        b.Property(r => r.MinPoints).Stored();
        b.HasIndex(r => new { r.SetId, r.Seq }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssessmentRoundConfiguration : IEntityTypeConfiguration<AssessmentRound>
{
    public void Configure(EntityTypeBuilder<AssessmentRound> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Name).HasMaxLength(AssessmentRound.NameMax);
        b.Property(r => r.DecisionCitation).HasMaxLength(CriteriaSet.CitationMax);
        b.HasIndex(r => new { r.TenantId, r.Year });
        b.HasIndex(r => r.CriteriaSetId).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CriteriaSet>().WithMany().HasForeignKey(r => r.CriteriaSetId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(r => r.DecisionDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Participants).WithOne().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AssessmentParticipantConfiguration : IEntityTypeConfiguration<AssessmentParticipant>
{
    public void Configure(EntityTypeBuilder<AssessmentParticipant> b)
    {
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasIndex(p => p.RoundId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitKind>().WithMany().HasForeignKey(p => p.KindId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UnitAssessmentConfiguration : IEntityTypeConfiguration<UnitAssessment>
{
    public void Configure(EntityTypeBuilder<UnitAssessment> b)
    {
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.SelfTotal).Stored();
        b.Property(a => a.FinalTotal).Stored();
        b.Property(a => a.Disagreement).Stored();
        b.Property(a => a.SuperiorPoints).Stored();
        b.Property(a => a.SuperiorNote).HasMaxLength(UnitAssessment.TextMax);
        b.Property(a => a.ReturnNote).HasMaxLength(UnitAssessment.TextMax);
        b.Property(a => a.SubmittedByName).HasMaxLength(200);
        b.Property(a => a.AppealText).HasMaxLength(UnitAssessment.TextMax);
        b.Property(a => a.AppealAnswer).HasMaxLength(UnitAssessment.TextMax);
        b.HasIndex(a => new { a.RoundId, a.UnitId }).IsUnique();
        b.HasIndex(a => new { a.TenantId, a.UnitId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssessmentRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitKind>().WithMany().HasForeignKey(a => a.UnitKindId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.History).WithOne().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(a => a.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(a => a.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Cascade, like the scores: a removed piece of evidence is an orphan EF deletes (the assessment itself is never deleted).
        b.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class AssessmentEvidenceConfiguration : IEntityTypeConfiguration<AssessmentEvidence>
{
    public void Configure(EntityTypeBuilder<AssessmentEvidence> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Label).HasMaxLength(AssessmentEvidence.LabelMax);
        b.Property(e => e.Href).HasMaxLength(AssessmentEvidence.HrefMax);
        b.Property(e => e.ContentType).HasMaxLength(100);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.Property(e => e.AddedByName).HasMaxLength(200);
        b.HasIndex(e => new { e.AssessmentId, e.CriterionId });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssessmentCriterion>().WithMany().HasForeignKey(e => e.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssessmentScoreConfiguration : IEntityTypeConfiguration<AssessmentScore>
{
    public void Configure(EntityTypeBuilder<AssessmentScore> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.SelfPoints).Stored();
        b.Property(s => s.AppraisedPoints).Stored();
        b.Property(s => s.SelfExplanation).HasMaxLength(UnitAssessment.TextMax);
        b.Property(s => s.SelfEvidence).HasMaxLength(UnitAssessment.TextMax);
        b.Property(s => s.AppraisalReason).HasMaxLength(UnitAssessment.TextMax);
        b.Property(s => s.AppraisedByName).HasMaxLength(200);
        b.Property(s => s.ReturnReason).HasMaxLength(UnitAssessment.TextMax);
        b.Property(s => s.AppealArgument).HasMaxLength(UnitAssessment.TextMax);
        b.Property(s => s.AppealAnswer).HasMaxLength(UnitAssessment.TextMax);
        b.Property(s => s.AppealAnsweredByName).HasMaxLength(200);
        b.HasIndex(s => new { s.AssessmentId, s.CriterionId }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssessmentCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AssessmentEventConfiguration : IEntityTypeConfiguration<AssessmentEvent>
{
    public void Configure(EntityTypeBuilder<AssessmentEvent> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.CriterionCode).HasMaxLength(AssessmentCriterion.CodeMax);
        b.Property(e => e.Note).HasMaxLength(AssessmentEvent.NoteMax + 40);
        b.Property(e => e.ByName).HasMaxLength(200);
        b.HasIndex(e => new { e.AssessmentId, e.At });
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class UnitRatingConfiguration : IEntityTypeConfiguration<UnitRating>
{
    public void Configure(EntityTypeBuilder<UnitRating> b)
    {
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Label).HasMaxLength(UnitRating.LabelMax);
        b.Property(r => r.Points).Stored();
        b.Property(r => r.DecisionCitation).HasMaxLength(CriteriaSet.CitationMax);
        b.HasIndex(r => new { r.TenantId, r.UnitId, r.Year }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssessmentRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<UnitAssessment>().WithMany().HasForeignKey(r => r.UnitAssessmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(r => r.DecisionDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
