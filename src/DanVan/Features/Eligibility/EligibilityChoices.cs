using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Eligibility;

/// <summary>The award choices of the eligibility pages: the province's awards for a subject, in catalogue order (titles first).</summary>
public static class EligibilityChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> KindsAsync(AppDbContext db, CurrentUser user, AwardSubject? subject, CancellationToken ct)
    {
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == user.TenantId)
            .Where(k => subject == null || (subject == AwardSubject.Individual ? k.ForIndividuals : subject == AwardSubject.Collective ? k.ForCollectives : k.ForHouseholds))
            .OrderBy(k => k.Category).ThenBy(k => k.Position).ThenBy(k => k.Code).Select(k => new { k.Id, k.Name, k.ForIndividuals, k.ForCollectives }).ToListAsync(ct);
        static string Whom(bool people, bool units) => people && units ? "cá nhân, tập thể" : people ? "cá nhân" : units ? "tập thể" : "hộ gia đình";
        return kinds.Select(k => new SelectListItem(subject is null ? $"{k.Name} ({Whom(k.ForIndividuals, k.ForCollectives)})" : k.Name, k.Id.ToString())).ToList();
    }
}
