using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Notices;

/// <summary>
/// Who sees and manages a notice and its comments: the standing body — ManageCouncil on the notice's unit (Sở Nội vụ's
/// Ban Thi đua – Khen thưởng at the province's root, administrators). Everyone else gets the 404 (ADR 0003). The public
/// sees only published notices, through <see cref="PublicNotices"/>, and never a comment.
/// </summary>
public static class NoticeAccess
{
    public static readonly ObjectAccess<PublicNotice> Rule = new("thông báo công khai", Visible, db => db.PublicNotices, id => n => n.Id == id, n => n.UnitId);

    public static IQueryable<PublicNotice> Visible(AppDbContext db, CurrentUser user)
    {
        var managed = db.Units.VisibleTo(db, user, Permission.ManageCouncil).Select(u => u.Id);
        var tenantId = user.TenantId;
        return db.PublicNotices.Where(n => n.TenantId == tenantId && managed.Contains(n.UnitId));
    }
}
