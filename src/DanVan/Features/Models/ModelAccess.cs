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
    /// <summary>Load-and-authorise a model (ADR 0003): viewed through <see cref="Visible"/>, changed with a right on its owner unit.</summary>
    public static readonly ObjectAccess<DvkModel> Rule = new("mô hình", Visible, db => db.DvkModels, id => m => m.Id == id, m => m.UnitId);

    public static IQueryable<DvkModel> Visible(AppDbContext db, CurrentUser user)
    {
        var readers = Scope.Granting(db, user, Permission.ViewModels);
        var tenantId = user.TenantId;
        return db.DvkModels.Where(m => m.TenantId == tenantId && readers.Any());
    }

    /// <summary>The model if visible and the caller holds <paramref name="action"/> on its owner unit (ManageModels: the owner's officers; ReviewModels: the reviewing body).</summary>
    public static Task<Result<DvkModel>> LoadAsync(AppDbContext db, CurrentUser user, Guid id, Permission action, CancellationToken ct) =>
        Rule.LoadAsync(db, user, id, action, ct);

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
