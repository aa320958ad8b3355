using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Eligibility;

/// <summary>The choices of the eligibility pages: the province's awards (titles first), the movements.</summary>
public static class EligibilityChoices
{
    /// <summary>The launched and closed movements the user sees, newest first: a thematic round judges by their standards.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> MovementsAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        (await MovementAccess.Visible(db, user).AsNoTracking().Where(m => m.Status != MovementStatus.Draft).OrderByDescending(m => m.Year).ThenBy(m => m.Name)
            .Select(m => new { m.Id, m.Name, m.Year }).Take(100).ToListAsync(ct))
        .Select(m => new SelectListItem($"{m.Name} ({m.Year})", m.Id.ToString())).ToList();

    public static async Task<IReadOnlyList<SelectListItem>> KindsAsync(AppDbContext db, CurrentUser user, AwardSubject? subject, CancellationToken ct)
    {
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == user.TenantId)
            .Where(k => subject == null || (subject == AwardSubject.Individual ? k.ForIndividuals : subject == AwardSubject.Collective ? k.ForCollectives : k.ForHouseholds))
            .OrderBy(k => k.Category).ThenBy(k => k.Position).ThenBy(k => k.Code).Select(k => new { k.Id, k.Name, k.ForIndividuals, k.ForCollectives }).ToListAsync(ct);
        static string Whom(bool people, bool units) => people && units ? "cá nhân, tập thể" : people ? "cá nhân" : units ? "tập thể" : "hộ gia đình";
        return kinds.Select(k => new SelectListItem(subject is null ? $"{k.Name} ({Whom(k.ForIndividuals, k.ForCollectives)})" : k.Name, k.Id.ToString())).ToList();
    }
}
