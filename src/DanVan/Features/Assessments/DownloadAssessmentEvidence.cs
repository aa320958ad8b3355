using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// An evidence file of an assessment the caller may see (the unit, its superiors, the appraisal team), always as a
/// download. Every download is audited; a file of an assessment outside the caller's scope is a 404, audited as a denial.
/// </summary>
public static class DownloadAssessmentEvidence
{
    public static async Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, CancellationToken ct)
    {
        var visible = AssessmentAccess.Visible(db, user).Where(a => a.Id == id);
        var file = await db.AssessmentEvidence.AsNoTracking().Where(e => e.Id == evidenceId && e.AssessmentId == id && e.Sha256 != null)
            .Join(visible, e => e.AssessmentId, a => a.Id, (e, a) => new { e.Label, e.ContentType, e.Sha256, a.UnitId })
            .FirstOrDefaultAsync(ct);
        if (file is null)
        {
            await Access.NotVisibleAsync(db, db.AssessmentEvidence.Where(e => e.Id == evidenceId && e.AssessmentId == id), "tệp minh chứng", ct);
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy tệp hoặc bạn không có quyền xem.");
        }

        var unitName = await db.Units.Where(u => u.Id == file.UnitId).Select(u => u.Name).FirstAsync(ct);
        await AuditLog.RecordDownloadAsync(db, nameof(AssessmentEvidence), evidenceId, file.Label, nameof(UnitAssessment), id, unitName, file.UnitId, ct);
        return StoredFile.Download(db.Files, file.Sha256!, file.ContentType ?? "application/octet-stream", file.Label);
    }
}
