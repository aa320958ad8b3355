using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>The reviewing body publishes a recognised model on the public pages (or takes it off).</summary>
public static class PublishModel
{
    public sealed record Input(bool Published);

    public static async Task<Result<ModelDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, CancellationToken ct)
    {
        var model = await ModelAccess.Visible(db, user).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (model is null)
        {
            return AppError.NotFound("mô hình");
        }

        if (!await Scope.CanAsync(db, user, Permission.ReviewModels, model.UnitId, ct))
        {
            return AppError.Forbidden;
        }

        if (model.SetPublished(input.Published, db.Time.GetUtcNow().UtcDateTime) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return (await GetModel.HandleAsync(db, user, id, ct)).Value!;
    }
}
