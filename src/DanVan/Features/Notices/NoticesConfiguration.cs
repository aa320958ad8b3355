using DanVan.Features.Accounts;
using DanVan.Features.Nominations;
using DanVan.Features.Tenants;
using DanVan.Features.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Notices;

public sealed class PublicNoticeConfiguration : IEntityTypeConfiguration<PublicNotice>
{
    public void Configure(EntityTypeBuilder<PublicNotice> b)
    {
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Title).HasMaxLength(PublicNotice.TitleMax);
        b.HasIndex(n => new { n.TenantId, n.StartsOn });
        b.HasIndex(n => new { n.State, n.StartsOn });
        b.HasOne<Tenant>().WithMany().HasForeignKey(n => n.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NominationRound>().WithMany().HasForeignKey(n => n.RoundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(n => n.PublishedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(n => n.Entries).WithOne().HasForeignKey(e => e.NoticeId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(n => n.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class NoticeEntryConfiguration : IEntityTypeConfiguration<NoticeEntry>
{
    public void Configure(EntityTypeBuilder<NoticeEntry> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Name).HasMaxLength(NoticeEntry.NameMax);
        b.Property(e => e.UnitName).HasMaxLength(NoticeEntry.NameMax);
        b.Property(e => e.AwardName).HasMaxLength(NoticeEntry.NameMax);
        b.Property(e => e.Summary).HasMaxLength(NoticeEntry.SummaryMax);
        b.HasIndex(e => new { e.NoticeId, e.NomineeId }).IsUnique();
        b.HasIndex(e => e.NomineeId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(e => e.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DossierNominee>().WithMany().HasForeignKey(e => e.NomineeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class NoticeCommentConfiguration : IEntityTypeConfiguration<NoticeComment>
{
    public void Configure(EntityTypeBuilder<NoticeComment> b)
    {
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Receipt).HasMaxLength(NoticeComment.ReceiptLength);
        b.Property(c => c.Name).HasMaxLength(NoticeComment.NameMax);
        b.Property(c => c.Contact).HasMaxLength(NoticeComment.ContactMax);
        b.Property(c => c.Content).HasMaxLength(NoticeComment.ContentMax);
        b.Property(c => c.Result).HasMaxLength(NoticeComment.ResultMax);
        b.Property(c => c.Reason).HasMaxLength(NoticeComment.ReasonMax);
        b.HasIndex(c => c.Receipt).IsUnique();
        b.HasIndex(c => new { c.NoticeId, c.ReceivedAt });
        b.HasIndex(c => new { c.NomineeId, c.Disposition });
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PublicNotice>().WithMany().HasForeignKey(c => c.NoticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NoticeEntry>().WithMany().HasForeignKey(c => c.EntryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CommentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class CommentDispositionConfiguration : IEntityTypeConfiguration<CommentDisposition>
{
    public void Configure(EntityTypeBuilder<CommentDisposition> b)
    {
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.Result).HasMaxLength(NoticeComment.ResultMax);
        b.Property(h => h.Reason).HasMaxLength(NoticeComment.ReasonMax);
        b.Property(h => h.UserName).HasMaxLength(AppUser.UserNameMax);
        b.HasIndex(h => new { h.CommentId, h.At });
        b.HasOne<Tenant>().WithMany().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
