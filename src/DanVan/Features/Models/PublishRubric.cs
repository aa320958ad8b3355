using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// The province's reviewing body publishes a new rubric version, effective from a date not in the past, citing its legal
/// basis. Who: ReviewModels at the province's root (<see cref="ReviewingBody"/>'s provincial level — the appraisal team
/// the rubric is the instrument of; a TenantAdmin holds it too), never a unit's own council: one rubric per province.
/// Reviews already given keep the version they were scored against.
/// </summary>
public static class PublishRubric
{
    public static async Task<Result<RubricDto>> HandleAsync(AppDbContext db, CurrentUser user, RubricInput input, CancellationToken ct)
    {
        if (!await MayPublishAsync(db, user, ct))
        {
            return RubricErrors.NotProvinceBody;
        }

        if (input.EffectiveFrom < VnTime.Today(db.Time))
        {
            return RubricErrors.EffectivePast;
        }

        var tenantId = user.TenantId;
        if (input.CitationDocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.Id == documentId && d.TenantId == tenantId, ct))
        {
            return RubricErrors.DocumentNotFound;
        }

        var criteria = (input.Criteria ?? []).Select(c => new CriterionSpec(VietnameseText.Clean(c.Code) ?? "", VietnameseText.Clean(c.Name) ?? "",
            VietnameseText.Clean(c.Guidance), c.MaxScore ?? 0)).ToList();
        var version = (await db.ModelRubrics.Where(r => r.TenantId == tenantId).MaxAsync(r => (int?)r.Version, ct) ?? 0) + 1;
        var created = ModelRubric.Create(tenantId, version, input.EffectiveFrom!.Value, input.MinScore ?? ModelRubric.DefaultMinScore, criteria,
            VietnameseText.Clean(input.Citation) ?? "", input.CitationDocumentId, user.UserId, user.UserName);
        if (created.Error is { } error)
        {
            return error;
        }

        db.ModelRubrics.Add(created.Value!);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return RubricErrors.PublishedConcurrently;
        }

        var inForce = await ModelRubrics.InForceAsync(db, tenantId, ct);
        return (await GetRubric.ToDtosAsync(db, [created.Value!], inForce?.Id, ct))[0];
    }

    /// <summary>The caller is the province's reviewing body (ReviewModels over the whole province).</summary>
    public static async Task<bool> MayPublishAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        await Scope.HoldsAnywhereAsync(db, user, Permission.ReviewModels, ct) && await ReviewingBody.MayActAtAsync(db, user, ModelLevel.Provincial, ct);
}
