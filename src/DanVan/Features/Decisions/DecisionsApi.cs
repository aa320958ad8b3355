using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Decisions;

public static class DecisionsApi
{
    private const string Tag = "Quyết định khen thưởng (Decisions)";

    public static RouteGroupBuilder MapDecisionsApi(this RouteGroupBuilder api)
    {
        var decisions = api.MapGroup("/decisions").WithTags(Tag);
        decisions.MapGet("/", async (AppDbContext db, CurrentUser user, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListDecisions.HandleAsync(db, user, limit, cursor, ct)))
            .WithSummary("Các quyết định khen thưởng người gọi được xem, mới nhất trước (limit, cursor)");
        decisions.MapPost("/", (AppDbContext db, CurrentUser user, DecisionInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateDecision.HandleAsync(db, user, input, ct), d => $"/api/v1/decisions/{d.Id}"))
            .WithSummary("Lập dự thảo quyết định từ danh sách được chấp thuận của đợt xét (thẩm quyền, cơ quan ban hành, người ký); tiền thưởng tính theo ngày dự kiến");
        decisions.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetDecision.HandleAsync(db, user, id, ct), d => d.Version))
            .WithSummary("Một quyết định: danh sách theo thứ tự Điều 29 Nghị định 152 (tập thể trước cá nhân, hình thức cao trước), số tiền, căn cứ, người bị đưa ra và lý do");
        decisions.MapPost("/{id:guid}/awardees/{awardeeId:guid}/remove", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id,
                Guid awardeeId, RemoveAwardeeInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => RemoveAwardee.HandleAsync(db, user, id, awardeeId, input, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Đưa một người, tập thể ra khỏi dự thảo (bắt buộc nêu lý do)");
        decisions.MapGet("/{id:guid}/submission.docx", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                DownloadDecisionPaper.ToResult(await DownloadDecisionPaper.DocxAsync(db, user, id, DecisionPaperKind.Submission, ct)))
            .WithSummary("Tờ trình (DOCX, thể thức Nghị định 30/2020) kèm danh sách");
        decisions.MapGet("/{id:guid}/decision.docx", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                DownloadDecisionPaper.ToResult(await DownloadDecisionPaper.DocxAsync(db, user, id, DecisionPaperKind.Decision, ct)))
            .WithSummary("Quyết định (DOCX, thể thức Nghị định 30/2020) kèm phụ lục danh sách và số tiền; dự thảo ghi “Số:      /QĐ-…”");
        decisions.MapGet("/{id:guid}/submission.pdf", async (AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid id, CancellationToken ct) =>
                DownloadDecisionPaper.ToResult(await DownloadDecisionPaper.PdfAsync(db, user, pdf, id, DecisionPaperKind.Submission, ct)))
            .WithSummary("Tờ trình (PDF, in từ cùng nội dung với bản DOCX)");
        decisions.MapGet("/{id:guid}/decision.pdf", async (AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid id, CancellationToken ct) =>
                DownloadDecisionPaper.ToResult(await DownloadDecisionPaper.PdfAsync(db, user, pdf, id, DecisionPaperKind.Decision, ct)))
            .WithSummary("Quyết định (PDF, in từ cùng nội dung với bản DOCX); dự thảo có dòng “DỰ THẢO”");
        decisions.MapPost("/{id:guid}/issue", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, [FromForm] string? date,
                [FromForm] string? number, IFormFile? file, CancellationToken ct) =>
                ApiResults.Versioned(http, await IssueAsync(db, user, id, date, number, file, ifMatch.Version, ct), d => d.Version))
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary($"Ban hành: lấy số, vào sổ văn bản, tải lên bản đã ký số (PDF có chữ ký, tối đa {FileCheck.MaxMegabytes} MB), ghi sổ khen thưởng; date (yyyy-MM-dd, mặc định hôm nay), number (tùy chọn)");
        return api;
    }

    private static async Task<Result<DecisionDto>> IssueAsync(AppDbContext db, CurrentUser user, Guid id, string? date, string? number, IFormFile? file,
        int? version, CancellationToken ct)
    {
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return new AppError("decision.date_format", "Ngày ký phải có dạng yyyy-MM-dd (ví dụ 2026-01-05).", "date");
            }

            day = d;
        }

        int? n = null;
        if (!string.IsNullOrWhiteSpace(number))
        {
            if (!int.TryParse(number.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            {
                return DecisionErrors.BadNumber;
            }

            n = v;
        }

        return await IssueDecision.HandleAsync(db, user, id, new IssueInput(day, n), file, version, ct);
    }
}
