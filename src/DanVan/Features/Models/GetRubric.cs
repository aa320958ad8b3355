using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// The caller's province's rubric in force today (what a score given now is checked against), or every version, newest
/// first (the rubric page's history). Anyone who sees models reads them: owners prepare for the criteria they will be scored on.
/// </summary>
public static class GetRubric
{
    public static async Task<Result<RubricDto>> InForceAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!await Scope.HoldsAnywhereAsync(db, user, Permission.ViewModels, ct))
        {
            return AppError.Forbidden;
        }

        var rubric = await ModelRubrics.InForceAsync(db, user.TenantId, ct);
        return rubric is null ? RubricErrors.NoneInForce : (await ToDtosAsync(db, [rubric], rubric.Id, ct))[0];
    }

    public static async Task<Result<IReadOnlyList<RubricDto>>> VersionsAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!await Scope.HoldsAnywhereAsync(db, user, Permission.ViewModels, ct))
        {
            return AppError.Forbidden;
        }

        var tenantId = user.TenantId;
        var inForce = await db.ModelRubrics.InForceOn(tenantId, VnTime.Today(db.Time)).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(ct);
        var all = await db.ModelRubrics.AsNoTracking().Include(r => r.Criteria).Where(r => r.TenantId == tenantId).OrderByDescending(r => r.Version)
            .ToListAsync(ct);
        return Result<IReadOnlyList<RubricDto>>.From(await ToDtosAsync(db, all, inForce, ct));
    }

    internal static async Task<List<RubricDto>> ToDtosAsync(AppDbContext db, IReadOnlyList<ModelRubric> rubrics, Guid? inForce, CancellationToken ct)
    {
        var documentIds = rubrics.Select(r => r.CitationDocumentId).OfType<Guid>().ToList();
        var numbers = documentIds.Count == 0 ? [] : await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Number, ct);
        return rubrics.Select(r => new RubricDto(r.Id, r.Version, r.EffectiveFrom, r.MinScore, r.MaxTotal, r.Citation, r.CitationDocumentId,
                r.CitationDocumentId is { } d ? numbers.GetValueOrDefault(d) : null, r.PublishedByName, r.CreatedAt,
                r.Criteria.OrderBy(c => c.Order).Select(c => new CriterionDto(c.Code, c.Name, c.Guidance, c.MaxScore)).ToList(), r.Id == inForce))
            .ToList();
    }
}
