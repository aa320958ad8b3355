using DanVan.Features.Nominations;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Consultations;

public sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Body).HasMaxLength(Consultation.BodyMax);
        b.Property(c => c.Question).HasMaxLength(Consultation.TextMax);
        b.Property(c => c.Answer).HasMaxLength(Consultation.TextMax);
        b.Property(c => c.LetterNumber).HasMaxLength(Consultation.NumberMax);
        b.Property(c => c.AnswerNumber).HasMaxLength(Consultation.NumberMax);
        b.Property(c => c.Citation).HasMaxLength(Consultation.CitationMax);
        b.Property(c => c.CreatedByName).HasMaxLength(256);
        b.Property(c => c.RecordedByName).HasMaxLength(256);
        b.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Opinion).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(c => new { c.DossierId, c.SentOn });
        b.HasIndex(c => new { c.TenantId, c.State, c.DueOn });
        b.HasIndex(c => new { c.TenantId, c.ConsultedUnitId, c.State });
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Dossier>().WithMany().HasForeignKey(c => c.DossierId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DossierNominee>().WithMany().HasForeignKey(c => c.NomineeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.LevelUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(c => c.ConsultedUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
