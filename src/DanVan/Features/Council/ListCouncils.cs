using DanVan.Infrastructure.Data;
using DanVan.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>The councils the caller manages or sits on, newest term first.</summary>
public static class ListCouncils
{
    public static async Task<IReadOnlyList<CouncilSummary>> HandleAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var userId = user.UserId;
        return await CouncilAccess.Visible(db, user).AsNoTracking().OrderByDescending(c => c.TermFrom).ThenBy(c => c.Name).Take(200)
            .Select(c => new CouncilSummary(c.Id, c.Name, db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Name).First(), c.TermFrom, c.TermTo,
                c.Members.Count, c.Members.Any(m => m.UserId == userId)))
            .ToListAsync(ct);
    }
}
