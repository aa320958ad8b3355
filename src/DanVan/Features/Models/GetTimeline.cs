using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// A model's timeline: progress reports with indicator values and evidence, and the reviewers' scores — the current one
/// of each reviewer in the current round, and every score given (earlier rounds and superseded scores are history).
/// </summary>
public static class GetTimeline
{
    public static async Task<Result<ModelTimeline>> HandleAsync(AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id, CancellationToken ct)
    {
        var model = await ModelAccess.Visible(db, user).Where(m => m.Id == id).Select(m => new { m.IsPublished, m.Round }).FirstOrDefaultAsync(ct);
        if (model is null)
        {
            return await ModelAccess.Rule.NotVisibleAsync(db, id, ct);
        }

        bool? published = model.IsPublished;

        var reports = await db.ModelProgress.AsNoTracking().Where(p => p.ModelId == id).OrderBy(p => p.ReportedOn).ThenBy(p => p.Id).ToListAsync(ct);
        var reportIds = reports.Select(r => r.Id).ToList();
        var values = (await db.ModelIndicatorValues.AsNoTracking().Where(v => reportIds.Contains(v.ProgressId)).ToListAsync(ct)).ToLookup(v => v.ProgressId);
        var evidence = await db.ModelEvidence.AsNoTracking().Where(e => e.ModelId == id).OrderBy(e => e.Id)
            .Select(e => new EvidenceDto(e.Id, e.ProgressId, e.FileName, e.ContentType, e.Size, published.Value && e.ReviewedAt == null && ModelEvidence.PhotoTypes.Contains(e.ContentType))).ToListAsync(ct);
        var given = await db.ModelReviews.AsNoTracking().Include(r => r.Scores).Where(r => r.ModelId == id).OrderBy(r => r.Id).ToListAsync(ct);
        var rubricIds = given.Select(r => r.RubricId).Distinct().ToList();
        var rubrics = await db.ModelRubrics.AsNoTracking().Include(r => r.Criteria).Where(r => rubricIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var reviews = given.Select(r => ReviewDtoOf(r, rubrics[r.RubricId], model.Round)).ToList();
        var inForce = await ModelRubrics.InForceAsync(db, user.TenantId, ct);
        var rubric = inForce is null ? null : (await GetRubric.ToDtosAsync(db, [inForce], inForce.Id, ct))[0];
        return new ModelTimeline(
            reports.Select(r => new ProgressDto(r.Id, r.ReportedOn, r.Narrative, r.UserName, values[r.Id].ToDictionary(v => v.Code, v => v.Value),
                evidence.Where(e => e.ProgressId == r.Id).ToList(), published.Value && r.ReviewedAt == null)).ToList(),
            indicators.All, evidence, reviews.Where(r => r.IsCurrent).ToList(), reviews, rubric);
    }

    /// <summary>A review with its scores named and bounded by the rubric version it was scored against.</summary>
    private static ReviewDto ReviewDtoOf(ModelReview r, ModelRubric rubric, int currentRound) =>
        new(r.Id, r.ReviewerName, rubric.Criteria.OrderBy(c => c.Order)
                .Select(c => new ScoreDto(c.Code, c.Name, r.Scores.FirstOrDefault(s => s.Code == c.Code)?.Score ?? 0, c.MaxScore)).ToList(),
            r.Comments, r.CreatedAt, r.Total, rubric.MaxTotal, rubric.Version, r.Round, r.IsCurrent && r.Round == currentRound);
}
