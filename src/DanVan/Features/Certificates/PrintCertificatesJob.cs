using DanVan.Features.Decisions;
using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>One PDF of the whole decision, or a ZIP of single PDFs.</summary>
public enum CertificateBatchFormat
{
    Pdf,
    Zip,
}

/// <summary>What the job prints: the decision, the file's form, and the verification address the certificates' QR codes carry.</summary>
public sealed record CertificateBatchPayload(Guid DecisionId, CertificateBatchFormat Format, string BaseUrl);

/// <summary>
/// Prints a decision's valid certificates in the background (issue 15 §5: a decision's 2,000 certificates): the same batch
/// as the download (<see cref="PrintCertificates.BatchOfAsync"/>, the order of Decree 152 Art. 29), as one PDF or a ZIP of
/// single PDFs, with progress written as it goes (the files of the ZIP, which is written straight to the result file; the
/// PDF is one print, given a minute plus a second a page) and the file kept as the job's result (<c>/Jobs/{id}</c>, <c>GET /api/v1/jobs/{id}/result</c>: the user who asked and the administrators).
/// Durable and safe to run twice (a rerun prints the same file again). Who may ask is checked when it is queued
/// (<see cref="StartCertificateBatch"/>); the job reads the decision of the job's own province only.
/// </summary>
public sealed class PrintCertificatesJob(PdfRenderer pdf) : IJobHandler
{
    public const string KindName = "certificates.batch";

    public string Kind => KindName;

    public async Task RunAsync(JobContext context, CancellationToken ct)
    {
        var payload = context.Payload<CertificateBatchPayload>();
        var (db, tenantId, decisionId) = (context.Db, context.Job.TenantId, payload.DecisionId);
        var decision = await db.Decisions.Include(d => d.Awardees).FirstOrDefaultAsync(d => d.Id == decisionId && d.TenantId == tenantId, ct);
        if (decision is null || decision.State == DecisionState.Draft)
        {
            await context.ReportAsync(100, "Không còn quyết định đã ban hành này: không có gì để in.", ct);
            return;
        }

        await context.ReportAsync(1, "Đang chuẩn bị danh sách bằng, giấy khen…", ct);
        var batch = await PrintCertificates.BatchOfAsync(db, decision, payload.BaseUrl, ct);
        var total = batch.Sheets.Count;
        if (total == 0)
        {
            await context.ReportAsync(100, "Quyết định không còn bằng, giấy khen nào còn hiệu lực để in.", ct);
            return;
        }

        if (payload.Format == CertificateBatchFormat.Pdf)
        {
            // One print of every page: the request's timeout would not do for a large decision, so a minute plus a second a page.
            await context.ReportAsync(5, $"Đang in {total} trang vào một tệp PDF…", ct);
            await context.SaveResultAsync(batch.Name + ".pdf",
                await pdf.RenderAsync(CertificatePaper.Html(batch.Sheets, batch.Art), ct, TimeSpan.FromSeconds(60 + total)), ct);
        }
        else
        {
            var step = (total + 49) / 50; // at most 50 progress writes (each also renews the job's lease)
            await context.WriteResultAsync(batch.Name + ".zip", (file, token) => PrintCertificates.WriteZipAsync(batch, pdf, file, token, (done, all) =>
                done % step == 0 || done == all ? context.ReportAsync(5 + (94 * done / all), $"Đã in {done}/{all} tệp PDF", token) : Task.CompletedTask), ct);
        }

        await context.ReportAsync(100, $"Đã in {total} bằng, giấy khen.", ct);
    }
}
