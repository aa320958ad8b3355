using DanVan.Features.Accounts;
using DanVan.Features.Certificates;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Features.Contests;

/// <summary>The routes of prizes and the results decision (issue 17 §4).</summary>
public static class ContestResultsApi
{
    public static RouteGroupBuilder MapContestResultsApi(this RouteGroupBuilder g)
    {
        g.MapGet("/{id:guid}/results", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetResults.HandleAsync(db, user, id, ct), r => r.Version))
            .WithSummary("Cơ cấu giải thưởng và kết quả hội thi; trước khi có quyết định, Ban tổ chức xem đề xuất trao giải theo bảng điểm vòng cuối (kèm giải thích từng dòng)");
        g.MapPut("/{id:guid}/prizes", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, PrizesInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SetPrizes.HandleAsync(db, user, id, input, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Ban tổ chức khai báo cơ cấu giải thưởng (tên giải, tập thể/cá nhân, số giải, số tiền mỗi giải) và căn cứ; không sửa được sau quyết định công bố kết quả");
        g.MapPost("/{id:guid}/results", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, IssueResultsInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => IssueResults.HandleAsync(db, user, id, input, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Ban tổ chức ban hành quyết định công nhận kết quả và tặng giải (vào sổ văn bản), sau khi mọi vòng thi đã chốt kết quả; trao khác đề xuất phải ghi lý do");
        g.MapGet("/{id:guid}/results/certificates.pdf", async (AppDbContext db, HttpContext http, IConfiguration config, PdfRenderer pdf, CurrentUser user, Guid id,
                CancellationToken ct) => File(await PrintContestCertificates.HandleAsync(db, user, pdf, id, VerifyLink.Base(http.Request, config), ct)))
            .WithSummary("Ban tổ chức in giấy chứng nhận đạt giải (một tệp PDF, mỗi trang một giấy, có mã QR xác minh)");
        g.MapGet("/{id:guid}/results/decision.docx", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                Paper(await DownloadResultsPaper.DocxAsync(db, user, id, ct)))
            .WithSummary("Quyết định công nhận kết quả và trao giải (DOCX, thể thức Nghị định 30/2020) kèm danh sách các giải, sau khi đã ban hành");
        g.MapGet("/{id:guid}/results/decision.pdf", async (AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid id, CancellationToken ct) =>
                Paper(await DownloadResultsPaper.PdfAsync(db, user, pdf, id, ct)))
            .WithSummary("Quyết định công nhận kết quả và trao giải (PDF, in từ cùng nội dung với bản DOCX)");
        return g;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Paper(Result<DownloadResultsPaper.File> result) =>
        result.TryGet(out var file, out var error) ? TypedResults.File(file.Content, file.ContentType, file.FileName) : error.ToProblem();

    public static RouteGroupBuilder MapPublicContestResultsApi(this RouteGroupBuilder open)
    {
        open.MapGet("/{id:guid}/results", async (AppDbContext db, Guid id, CancellationToken ct) => ApiResults.Ok(await GetPublicResults.HandleAsync(db, id, ct)))
            .WithSummary("Kết quả hội thi đã công bố (không cần đăng nhập): quyết định, các giải, đội và thí sinh đạt giải");
        return open;
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> File(Result<PrintCertificates.Printed> result) => PrintCertificates.Printed.Answer(result);
}
