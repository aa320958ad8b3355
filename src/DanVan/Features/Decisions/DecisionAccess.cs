using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Decisions;

/// <summary>
/// Who sees and changes a decision: seen by those holding ViewAwards on its issuing unit (or above); drafted, edited and
/// issued by those holding ManageAwardRecords there — Sở Nội vụ's commendation officers for the province's decisions
/// (assigned at the province's root), a unit's head or officer for the unit's own. Everyone else: the 404 (ADR 0003).
/// </summary>
public static class DecisionAccess
{
    public static readonly ObjectAccess<Decision> Rule = new("quyết định khen thưởng", Visible, db => db.Decisions, id => d => d.Id == id, d => d.UnitId);

    public static IQueryable<Decision> Visible(AppDbContext db, CurrentUser user)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ViewAwards).Select(u => u.Id);
        var tenantId = user.TenantId;
        return db.Decisions.Include(d => d.Awardees).Where(d => d.TenantId == tenantId && units.Contains(d.UnitId));
    }
}
