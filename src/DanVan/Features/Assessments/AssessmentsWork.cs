using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// Work list: in open rounds, the unit's own assessment while it is to be scored or was returned (for those who score or
/// send it: SelfAssess, ApproveSelfAssessments), due by the self-assessment deadline; and for the appraisal team
/// (AppraiseAssessments), assessments waiting for appraisal or an answer to an appeal, due by the appraisal deadline.
/// </summary>
public sealed class AssessmentsWork : IWorkProvider
{
    public const string UnitKind = "assessments.self";
    public const string AppraiseKind = "assessments.appraise";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var scoring = db.Units.VisibleTo(db, user, Permission.SelfAssess).Select(u => u.Id)
            .Concat(db.Units.VisibleTo(db, user, Permission.ApproveSelfAssessments).Select(u => u.Id));
        var appraising = db.Units.VisibleTo(db, user, Permission.AppraiseAssessments).Select(u => u.Id);
        var open = db.AssessmentRounds.Where(r => r.TenantId == tenantId && r.Status == RoundStatus.Open);
        var own = db.UnitAssessments.AsNoTracking()
            .Where(a => a.TenantId == tenantId && (a.Status == AssessmentStatus.Draft || a.Status == AssessmentStatus.Returned) && scoring.Contains(a.UnitId))
            .Join(open, a => a.RoundId, r => r.Id, (a, r) => new { a.Id, a.UnitId, a.Status, Deadline = (DateOnly?)r.SelfAssessmentDue, r.Year });
        var toAppraise = db.UnitAssessments.AsNoTracking()
            .Where(a => a.TenantId == tenantId && (a.Status == AssessmentStatus.Submitted || a.Status == AssessmentStatus.Appealed) && appraising.Contains(a.UnitId))
            .Join(open, a => a.RoundId, r => r.Id, (a, r) => new { a.Id, a.UnitId, a.Status, Deadline = (DateOnly?)r.AppraisalDue, r.Year });
        var total = await own.CountAsync(ct) + await toAppraise.CountAsync(ct);
        if (total == 0)
        {
            return new WorkBatch([], 0);
        }

        var first = await own.OrderBy(a => a.Deadline).ThenBy(a => a.Id).Take(query.Take).ToListAsync(ct);
        var second = await toAppraise.OrderBy(a => a.Deadline).ThenBy(a => a.Id).Take(query.Take).ToListAsync(ct);
        var rows = first.Concat(second).OrderBy(a => a.Deadline).ThenBy(a => a.Id).Take(query.Take).ToList();
        var ids = rows.Select(r => r.UnitId).Distinct().ToList();
        var names = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new WorkBatch(rows.Select(r => r.Status switch
        {
            AssessmentStatus.Draft => WorkItem.Due(UnitKind, "Tự chấm điểm", $"Tự chấm điểm công tác dân vận năm {r.Year}", r.UnitId, names[r.UnitId],
                r.Deadline, query, $"/Assessments/Unit/{r.Id}"),
            AssessmentStatus.Returned => WorkItem.Due(UnitKind, "Bổ sung bản tự chấm", $"Bổ sung bản tự chấm bị trả lại (năm {r.Year})", r.UnitId,
                names[r.UnitId], r.Deadline, query, $"/Assessments/Unit/{r.Id}"),
            AssessmentStatus.Appealed => WorkItem.Due(AppraiseKind, "Trả lời kiến nghị", $"Trả lời kiến nghị kết quả đánh giá năm {r.Year}", r.UnitId,
                names[r.UnitId], r.Deadline, query, $"/Assessments/Unit/{r.Id}"),
            _ => WorkItem.Due(AppraiseKind, "Thẩm định", $"Thẩm định bản tự chấm công tác dân vận năm {r.Year}", r.UnitId, names[r.UnitId],
                r.Deadline, query, $"/Assessments/Unit/{r.Id}"),
        }).ToList(), total);
    }
}
