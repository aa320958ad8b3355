using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// The People's Committee's decision fixes the ranks (issue 13 §5): when no assessment waits for appraisal or an answer,
/// the province cites the registered decision; the round locks and each unit's rank becomes its official
/// <see cref="UnitRating"/> for the year (units that never sent a self-assessment are recorded as not ranked).
/// </summary>
public static class DecideRound
{
    public const string NotSubmittedLabel = "Không nộp bản tự chấm (không xếp loại)";

    public static async Task<Result<RoundDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, DecideInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await AssessmentAccess.FindRoundAsync(db, user, id, ct)).TryGet(out var round, out var missing))
        {
            return missing;
        }

        if (await AssessmentAccess.CheckManageAsync(db, user, ct) is { } denied)
        {
            return denied;
        }

        if (round.CheckOpen() is { } decided)
        {
            return decided;
        }

        if (db.Expect(round, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (input.DecisionDocumentId is not { } documentId)
        {
            return AssessmentErrors.DecisionRequired;
        }

        var tenantId = user.TenantId;
        var document = await DocumentAccess.Visible(db, user).FirstOrDefaultAsync(d => d.Id == documentId && d.TenantId == tenantId, ct);
        if (document is null)
        {
            return AppError.NotFound("quyết định");
        }

        if (document.Type != DocumentType.Decision)
        {
            return AssessmentErrors.DecisionNotADecision;
        }

        var assessments = await db.UnitAssessments.Where(a => a.RoundId == id).ToListAsync(ct);
        if (assessments.Any(a => a.Status is AssessmentStatus.Submitted or AssessmentStatus.Appealed)
            || !assessments.Any(a => a.Status == AssessmentStatus.Appraised))
        {
            return AssessmentErrors.NotReadyToDecide;
        }

        if (await RecordAsync(db, round, assessments, documentId, DocumentCitation.Format(document), Actor.Of(user, db.Time), ct) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return (await GetRound.HandleAsync(db, user, id, ct)).Value!;
    }

    /// <summary>The decision itself (the handler and the demo): lock the round, one rating and one history row per unit.</summary>
    public static async Task<AppError?> RecordAsync(AppDbContext db, AssessmentRound round, IReadOnlyList<UnitAssessment> assessments, Guid documentId,
        string citation, Actor by, CancellationToken ct)
    {
        var ranking = await GetRanking.ComputeAsync(db, round, ct);
        if (round.Decide(documentId, citation, by) is { } refused)
        {
            return refused;
        }

        var rows = ranking.Rows.ToDictionary(r => r.AssessmentId);
        foreach (var a in assessments)
        {
            var row = rows[a.Id];
            var label = a.Status is AssessmentStatus.Draft or AssessmentStatus.Returned ? NotSubmittedLabel : row.Rank;
            db.UnitRatings.Add(new UnitRating(round.TenantId, a.UnitId, round.Year, round.Id, a.Id, row.BandSeq, label, a.FinalTotal, documentId, citation));
            db.AssessmentEvents.Add(new AssessmentEvent(round.TenantId, a.Id, by, AssessmentAction.Decided, null, $"{label} — {citation}"));
        }

        return null;
    }
}
