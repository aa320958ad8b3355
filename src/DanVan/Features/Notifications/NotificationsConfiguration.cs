using DanVan.Features.Accounts;
using DanVan.Features.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Notifications;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.Property(n => n.Title).HasMaxLength(Notification.TitleMax);
        b.Property(n => n.Body).HasMaxLength(Notification.BodyMax);
        b.Property(n => n.Link).HasMaxLength(Notification.LinkMax);
        b.Property(n => n.Key).HasMaxLength(Notification.KeyMax);
        b.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
        // The bell (unread of one user), the page (newest first), the digest (not yet mailed) and the yearly cleanup.
        b.HasIndex(n => new { n.UserId, n.ReadAt });
        b.HasIndex(n => new { n.UserId, n.CreatedAt });
        b.HasIndex(n => new { n.MailedAt, n.CreatedAt });
        b.HasIndex(n => new { n.TenantId, n.CreatedAt });
        b.HasOne<Tenant>().WithMany().HasForeignKey(n => n.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.HasKey(p => p.UserId);
        b.Property(p => p.Mode).HasMaxLength(20);
        b.Property(p => p.Muted).HasMaxLength(200);
        b.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
