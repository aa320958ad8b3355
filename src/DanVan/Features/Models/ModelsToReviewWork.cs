using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// Work list: proposed models the user may score (<see cref="DvkModel.CanScoreIn"/>, ReviewModels on the owner unit,
/// and only the levels the user's reviewing body decides — <see cref="ReviewingBody"/>): "to score" while the user has
/// no current score in this round, "to recognise" once they have. The deadline is the movement's final review date.
/// </summary>
public sealed class ModelsToReviewWork : IWorkProvider
{
    public const string Kind = "models.review";

    private static readonly ModelStatus[] Scorable = [.. Enum.GetValues<ModelStatus>().Where(DvkModel.CanScoreIn)];

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        if (!await Scope.HoldsAnywhereAsync(db, user, Permission.ReviewModels, ct))
        {
            return new WorkBatch([], 0);
        }

        var (tenantId, userId) = (user.TenantId, user.UserId);
        var reviewed = db.Units.VisibleTo(db, user, Permission.ReviewModels).Select(u => u.Id);
        var models = ModelAccess.Visible(db, user).AsNoTracking()
            .Where(m => m.TenantId == tenantId && Scorable.Contains(m.Status) && reviewed.Contains(m.UnitId));
        if (!await ReviewingBody.MayActAtAsync(db, user, ModelLevel.Provincial, ct))
        {
            models = models.Where(m => m.Level != ModelLevel.Provincial);
        }

        var rows = models.Select(m => new
        {
            m.Id, m.Name, m.UnitId, m.Round,
            Deadline = db.Movements.Where(v => v.Id == m.MovementId).Select(v => v.FinalReviewOn).FirstOrDefault(),
        });
        var total = await rows.CountAsync(ct);
        var page = total == 0 ? [] : await rows.OrderBy(r => r.Deadline == null).ThenBy(r => r.Deadline).ThenBy(r => r.Id).Take(query.Take)
            .Select(r => new
            {
                r.Id, r.Name, r.UnitId, r.Deadline,
                Unit = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First(),
                Scored = db.ModelReviews.Where(v => v.ModelId == r.Id && v.ReviewerId == userId && v.Round == r.Round).Where(ModelReview.CurrentSql).Any(),
            })
            .ToListAsync(ct);
        return new WorkBatch(page.Select(r => WorkItem.Due(Kind, r.Scored ? "Xét công nhận mô hình" : "Chấm điểm mô hình",
            (r.Scored ? "Xét công nhận mô hình " : "Chấm điểm mô hình ") + r.Name, r.UnitId, r.Unit, r.Deadline, query, $"/Models/Details/{r.Id}",
            r.Scored ? "Bạn đã chấm điểm; chờ Hội đồng xét công nhận." : null)).ToList(), total);
    }
}
