using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// The reviewing body's desk: models proposed for recognition in units the caller reviews (ReviewModels), with their
/// current scores (one per reviewer, this round) — the list a batch decision is made from. At most <see cref="RecogniseModels.MaxBatch"/> rows, oldest
/// proposal first; narrowed by movement and by the library's word search; only the levels the caller may decide (see
/// <see cref="ReviewingBody"/>).
/// </summary>
public static class RecognitionQueue
{
    /// <summary>
    /// A proposal; <see cref="AverageTotal"/> out of <see cref="AverageMax"/>: the current scores' average total and the average
    /// of their rubric versions' maxima (the version's maximum when all were scored against one).
    /// </summary>
    public sealed record Item(Guid Id, string Name, Guid UnitId, string UnitName, ModelField Field, ModelLevel Level, int Year, int Reviews,
        double? AverageTotal, double? AverageMax);

    public sealed record Queue(IReadOnlyList<Item> Items, bool Truncated);

    public static async Task<Result<Queue>> HandleAsync(AppDbContext db, CurrentUser user, Guid? movementId, string? q, CancellationToken ct)
    {
        var reviewed = db.Units.VisibleTo(db, user, Permission.ReviewModels).Select(u => u.Id);
        var models = ModelAccess.Visible(db, user).AsNoTracking()
            .Where(m => m.Status == ModelStatus.Proposed && reviewed.Contains(m.UnitId)) // the scorable state (DvkModel.CanScoreIn)
            .Matching(db, q);
        models = movementId is { } mid ? models.Where(m => m.MovementId == mid) : models;
        if (!await ReviewingBody.MayActAtAsync(db, user, ModelLevel.Provincial, ct))
        {
            models = models.Where(m => m.Level == ModelLevel.Grassroots); // a unit's council decides grassroots-level proposals only
        }

        var rows = await models.OrderBy(m => m.Id).Take(RecogniseModels.MaxBatch + 1)
            .Select(m => new
            {
                m.Id, m.Name, m.UnitId, m.Field, m.Level, m.Year,
                Unit = db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Name).First(),
                Reviews = db.ModelReviews.Where(r => r.ModelId == m.Id && r.Round == m.Round).Where(ModelReview.CurrentSql).Count(),
                Average = db.ModelReviews.Where(r => r.ModelId == m.Id && r.Round == m.Round).Where(ModelReview.CurrentSql).Select(ModelReview.TotalSql)
                    .Average(t => (double?)t),
                AverageMax = db.ModelReviews.Where(r => r.ModelId == m.Id && r.Round == m.Round).Where(ModelReview.CurrentSql)
                    .Select(r => db.ModelRubrics.Where(x => x.Id == r.RubricId).Select(ModelRubric.MaxTotalSql).First()).Average(t => (double?)t),
            })
            .ToListAsync(ct);
        return new Queue(rows.Take(RecogniseModels.MaxBatch)
            .Select(r => new Item(r.Id, r.Name, r.UnitId, r.Unit, r.Field, r.Level, r.Year, r.Reviews, r.Average, r.AverageMax)).ToList(),
            rows.Count > RecogniseModels.MaxBatch);
    }
}
