using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// The model library is shared across the province (spreading good practice is the point): every holder of
/// ViewModels reads every model of the tenant. The owner unit's officers (ManageModels) change the content and move it
/// through registration and implementation; the reviewing body (ReviewModels on the owner unit) recognises.
/// </summary>
public static class ModelAccess
{
    /// <summary>The 404 for a model the caller cannot see; audited as a denial when it exists (ADR 0003, AccessAudit).</summary>
    public static Task<AppError> NotVisibleAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        Access.NotVisibleAsync(db, db.DvkModels.Where(m => m.Id == id), "mô hình", ct);

    public static IQueryable<DvkModel> Visible(AppDbContext db, CurrentUser user)
    {
        var readers = Scope.Granting(db, user, Permission.ViewModels);
        var tenantId = user.TenantId;
        return db.DvkModels.Where(m => m.TenantId == tenantId && readers.Any());
    }

    /// <summary>The model, if visible and its owner unit is one the caller manages models for.</summary>
    public static async Task<(DvkModel? Model, AppError? Error)> OwnedAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var model = await Visible(db, user).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return (null, await NotVisibleAsync(db, id, ct));
        }

        return await Scope.CanAsync(db, user, Permission.ManageModels, model.UnitId, ct) ? (model, null) : (null, AppError.Forbidden);
    }

    /// <summary>The library's search, shared by the signed-in and public lists: every word in the model's text or its unit's name.</summary>
    public static IQueryable<DvkModel> Matching(this IQueryable<DvkModel> models, AppDbContext db, string? query)
    {
        foreach (var pattern in SearchPatterns.Words(query))
        {
            models = models.Where(m => EF.Functions.Like(m.SearchFolded, pattern, SearchPatterns.Escape)
                || db.Units.Any(u => u.Id == m.UnitId && EF.Functions.Like(u.NameFolded, pattern, SearchPatterns.Escape)));
        }

        return models;
    }
}
