using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>Select-list options: active units the user holds a permission on, in tree order, indented by depth.</summary>
public static class UnitOptions
{
    public static async Task<IReadOnlyList<SelectListItem>> ForAsync(AppDbContext db, CurrentUser user, Permission permission, CancellationToken ct)
    {
        var rows = await db.Units.AsNoTracking().VisibleTo(db, user, permission).ActiveOn(VnTime.Today(db.Time)).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Code, u.Depth }).ToListAsync(ct);
        var top = rows.Count == 0 ? 0 : rows.Min(r => r.Depth);
        return rows.Select(r => new SelectListItem(new string('\u00a0', (r.Depth - top) * 3) + r.Name + " (" + r.Code + ")", r.Id.ToString())).ToList();
    }
}
