using DanVan.Features.Accounts;
using DanVan.Features.Admin.Jobs;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// Queues the printing of a whole decision in the background (POST /certificates/decisions/{id}/batches, the decision's
/// certificates page): whoever sees the issued decision (ViewAwards on its unit; else 404; a draft: 409) may. A batch of
/// the same decision and form the same user asked for and that has not finished (nor failed an attempt) is that job again,
/// not a second one.
/// Without Chromium the answer is the PDF's 503, before anything is queued.
/// </summary>
public static class StartCertificateBatch
{
    public static async Task<Result<JobDto>> HandleAsync(AppDbContext db, PdfRenderer pdf, CurrentUser user, Guid decisionId, CertificateBatchFormat format,
        string baseUrl, CancellationToken ct)
    {
        if (!(await DecisionAccess.Rule.FindAsync(db, user, decisionId, ct)).TryGet(out var decision, out var error))
        {
            return error;
        }

        if (decision.State == DecisionState.Draft)
        {
            return CertificateErrors.NotIssued;
        }

        if (!pdf.Installed)
        {
            throw new PdfUnavailableException("Máy chủ chưa cài trình duyệt Chromium để tạo PDF.");
        }

        var prefix = $"{PrintCertificatesJob.KindName}:{decisionId:N}:{format}:{user.UserId:N}:";
        var running = await db.Jobs.AsNoTracking().Where(j => j.Kind == PrintCertificatesJob.KindName && j.Key.StartsWith(prefix)
                && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running) && j.Error == null) // one waiting to retry after a failure: a new job
            .OrderByDescending(j => j.CreatedAt).FirstOrDefaultAsync(ct);
        if (running is not null)
        {
            return JobViews.ToDto(running);
        }

        var (job, _) = await JobQueue.EnqueueAsync(db, PrintCertificatesJob.KindName, prefix + Guid.CreateVersion7().ToString("N"),
            new CertificateBatchPayload(decisionId, format, baseUrl), user.TenantId, user.UserId, ct: ct);
        return JobViews.ToDto(job);
    }
}
