using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;

namespace DanVan.Features.Assessments;

/// <summary>
/// An evidence file of an assessment the caller may see (the unit, its superiors, the appraisal team), always as a
/// download. Every download is audited (the record named by its unit); a file of an assessment outside the caller's scope
/// is a 404, audited as a denial (<see cref="FileDownload"/>).
/// </summary>
public static class DownloadAssessmentEvidence
{
    public static Task<IResult> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, CancellationToken ct)
    {
        var evidence = db.AssessmentEvidence.Where(e => e.Id == evidenceId && e.AssessmentId == id);
        var visible = evidence.Where(e => e.Sha256 != null)
            .Join(AssessmentAccess.Visible(db, user).Where(a => a.Id == id), e => e.AssessmentId, a => a.Id, (e, a) => new { e, a.UnitId })
            .Join(db.Units, x => x.UnitId, u => u.Id, (x, u) => new FileDownload.Found(x.e.Label, x.e.ContentType, x.e.Sha256!, u.Name, x.UnitId));
        return FileDownload.ServeAsync(db, visible, evidence, "tệp minh chứng", (nameof(AssessmentEvidence), evidenceId), (nameof(UnitAssessment), id), ct);
    }
}
