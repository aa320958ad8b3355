using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// The reviewing body publishes a recognised model on the public pages (or takes it off). Publishing — also again, on a
/// model already public — approves the progress reports and evidence the owner has added so far: the public site
/// shows only what a reviewer has approved (<see cref="PublicModels"/>), so what the owner adds afterwards waits for
/// the next approval. Both are acts at the model's level (<see cref="ReviewingBody"/>).
/// </summary>
public static class PublishModel
{
    /// <summary><paramref name="Reason"/>: why the model leaves the public pages (required to unpublish; shown to the owner unit).</summary>
    public sealed record Input(bool Published, [property: System.ComponentModel.DataAnnotations.StringLength(ModelEvent.NoteMax)] string? Reason = null);

    public static async Task<Result<ModelDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Input input, CancellationToken ct)
    {
        if (!(await ModelAccess.LoadAsync(db, user, id, Permission.ReviewModels, ct)).TryGet(out var model, out var refused))
        {
            return refused;
        }

        if (await ReviewingBody.CheckAsync(db, user, model.LevelTouched(), input.Published ? "Công bố công khai" : "Thôi công bố", ct) is { } reserved)
        {
            return reserved;
        }

        var by = new ModelActor(user.UserId, user.UserName, db.Time.GetUtcNow().UtcDateTime);
        var now = by.At;
        if ((input.Published ? model.Publish(by) : model.Unpublish(by, VietnameseText.Clean(input.Reason))) is { } error)
        {
            return error;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct); // the model's row, audited: who approved, when (ContentReviewedAt)
            if (input.Published)
            {
                // Set-wise, so that approving never loads the files' bytes; the model's audited row records the approval.
                await db.ModelProgress.Where(p => p.ModelId == id && p.ReviewedAt == null).ExecuteUpdateAsync(u => u.SetProperty(p => p.ReviewedAt, now), ct);
                await db.ModelEvidence.Where(e => e.ModelId == id && e.ReviewedAt == null).ExecuteUpdateAsync(u => u.SetProperty(e => e.ReviewedAt, now), ct);
            }

            await transaction.CommitAsync(ct);
        }

        return (await GetModel.HandleAsync(db, user, id, ct)).Value!;
    }
}
