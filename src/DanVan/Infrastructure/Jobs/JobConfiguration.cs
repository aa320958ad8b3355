using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Infrastructure.Jobs;

public sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> b)
    {
        b.Property(j => j.Kind).HasMaxLength(Job.KindMax);
        b.Property(j => j.Key).HasMaxLength(Job.KeyMax);
        b.Property(j => j.Status).HasMaxLength(20);
        b.Property(j => j.Message).HasMaxLength(Job.MessageMax);
        b.Property(j => j.Error).HasMaxLength(Job.ErrorMax);
        b.Property(j => j.ResultFileName).HasMaxLength(Job.FileNameMax);

        // Idempotency: one job per key, ever (the same reminder, the same day's digest).
        b.HasIndex(j => j.Key).IsUnique();
        // The worker's poll: the queued jobs that are due, oldest first; and the running ones whose lease ran out.
        b.HasIndex(j => new { j.Status, j.RunAfter });
        b.HasIndex(j => new { j.TenantId, j.CreatedAt });
    }
}
