using System.IO.Compression;
using DanVan.Features.Accounts;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// Certificates to PDF (<see cref="CertificatePaper"/> through <see cref="PdfRenderer"/>): one certificate; a whole
/// decision as one PDF, one page per valid certificate in the order of Decree 152 Art. 29 (<see cref="AwardeeOrder"/>);
/// or the same as a ZIP of single PDFs, streamed as each is printed. A large decision is printed by a background job instead
/// (<see cref="PrintCertificatesJob"/>, with progress and the file to download when done). Reading needs ViewAwards on the decision's issuing unit (else 404). A revoked or superseded
/// certificate is not printed (409): the paper would lie.
/// </summary>
public static class PrintCertificates
{
    public sealed record Printed(byte[] Bytes, string FileName)
    {
        /// <summary>A printed PDF as the API answers it: the file, or the refusal's problem.</summary>
        public static Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult,
            Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult> Answer(Result<Printed> result) =>
            result.TryGet(out var file, out var error) ? TypedResults.File(file.Bytes, "application/pdf", file.FileName) : error.ToProblem();
    }

    public sealed record Batch(IReadOnlyList<CertificateSheet> Sheets, string Name, CertificateArt Art);

    public static async Task<Result<Printed>> OneAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid id, string baseUrl, CancellationToken ct)
    {
        if (!(await CertificateAccess.LoadAsync(db, user, id, Permission.ViewAwards, ct)).TryGet(out var certificate, out var error))
        {
            return error;
        }

        if (certificate.State != CertificateState.Valid)
        {
            return certificate.State == CertificateState.Revoked ? CertificateErrors.RevokedCannotReissue with { Message = "Khen thưởng đã bị thu hồi: không in lại bằng, giấy khen." }
                : CertificateErrors.AlreadySuperseded;
        }

        var decision = await db.Decisions.AsNoTracking().Include(d => d.Awardees).FirstAsync(d => d.Id == certificate.DecisionId, ct);
        var sheets = await SheetsAsync(db, decision, [certificate], baseUrl, ct);
        return new Printed(await pdf.RenderAsync(CertificatePaper.Html(sheets, await CertificateArt.LoadAsync(db, decision, ct)), ct),
            $"{Slug(sheets[0].AwardName)}-{Slug(sheets[0].HolderName)}.pdf");
    }

    /// <summary>The valid certificates of a decision, ordered, ready to print (created first if the decision predates them).</summary>
    public static async Task<Result<Batch>> BatchAsync(AppDbContext db, CurrentUser user, Guid decisionId, string baseUrl, CancellationToken ct)
    {
        if (!(await DecisionAccess.Rule.FindAsync(db, user, decisionId, ct)).TryGet(out var decision, out var error))
        {
            return error;
        }

        if (decision.State == DecisionState.Draft)
        {
            return CertificateErrors.NotIssued;
        }

        return await BatchOfAsync(db, decision, baseUrl, ct);
    }

    /// <summary>The batch of an issued decision the caller was let see (the request above, or the background job that request queued).</summary>
    public static async Task<Batch> BatchOfAsync(AppDbContext db, Decision decision, string baseUrl, CancellationToken ct)
    {
        await IssueCertificates.EnsureAsync(db, decision, ct);
        var decisionId = decision.Id;
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.DecisionId == decisionId && c.State == CertificateState.Valid).ToListAsync(ct);
        var sheets = await SheetsAsync(db, decision, certificates, baseUrl, ct);
        return new Batch(sheets, "bang-khen-qd-" + Slug(decision.Number ?? "du-thao"), await CertificateArt.LoadAsync(db, decision, ct));
    }

    public static async Task<Result<Printed>> PdfAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid decisionId, string baseUrl, CancellationToken ct)
    {
        if (!(await BatchAsync(db, user, decisionId, baseUrl, ct)).TryGet(out var batch, out var error))
        {
            return error;
        }

        return new Printed(await pdf.RenderAsync(CertificatePaper.Html(batch.Sheets, batch.Art), ct), batch.Name + ".pdf");
    }

    /// <summary>Writes the ZIP to <paramref name="output"/> one PDF at a time: "01-nguyen-van-a.pdf", … in the batch order; <paramref name="printed"/> hears of each (done, total).</summary>
    public static async Task WriteZipAsync(Batch batch, PdfRenderer pdf, Stream output, CancellationToken ct, Func<int, int, Task>? printed = null)
    {
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var width = Math.Max(2, batch.Sheets.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        foreach (var (sheet, i) in batch.Sheets.Select((s, i) => (s, i + 1)))
        {
            var bytes = await pdf.RenderAsync(CertificatePaper.Html([sheet], batch.Art), ct);
            var entry = zip.CreateEntry($"{i.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0')}-{Slug(sheet.HolderName)}.pdf",
                CompressionLevel.Fastest);
            await using (var stream = await entry.OpenAsync(ct))
            {
                await stream.WriteAsync(bytes, ct);
            }

            if (printed is not null)
            {
                await printed(i, batch.Sheets.Count);
            }
        }
    }

    private static async Task<List<CertificateSheet>> SheetsAsync(AppDbContext db, Decision decision, IReadOnlyCollection<Certificate> certificates, string baseUrl,
        CancellationToken ct)
    {
        var paper = await DecisionPaper.LoadAsync(db, decision, ct);
        var kinds = decision.Awardees.Select(a => a.AwardKindId).Distinct().ToList();
        var categories = await db.AwardKinds.AsNoTracking().Where(k => kinds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Category, ct);
        var byAwardee = certificates.ToLookup(c => c.AwardeeId);
        return decision.Listed.SelectMany(a => byAwardee[a.Id].Select(c => CertificatePaper.Sheet(paper, a, categories[a.AwardKindId], c.Code, baseUrl))).ToList();
    }

    /// <summary>An ASCII file name part (<see cref="VietnameseText.Slug"/>).</summary>
    public static string Slug(string s) => VietnameseText.Slug(s);
}
