using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Assessments;

public static class AssessmentsApi
{
    public static RouteGroupBuilder MapAssessmentsApi(this RouteGroupBuilder api)
    {
        var sets = api.MapGroup("/assessment/criteria-sets").WithTags("Đánh giá, xếp loại (Assessments)");
        sets.MapGet("/", async (AppDbContext db, CurrentUser user, int? year, CancellationToken ct) =>
                ApiResults.Ok(await ListCriteriaSets.HandleAsync(db, user, year, ct)))
            .WithSummary("Các bộ tiêu chí đánh giá công tác dân vận của tỉnh, năm mới nhất trước");
        sets.MapPost("/", (AppDbContext db, CurrentUser user, CriteriaSetInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => SaveCriteriaSet.CreateAsync(db, user, input, ct), s => $"/api/v1/assessment/criteria-sets/{s.Id}"))
            .WithSummary("Tạo bộ tiêu chí của một năm: nhóm, tiêu chí, điểm tối đa, loại, mức xếp loại, điểm của cấp trên");
        sets.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetCriteriaSet.HandleAsync(db, user, id, ct), s => s.Version))
            .WithSummary("Một bộ tiêu chí với các tiêu chí, mức xếp loại và điểm tối đa của từng nhánh");
        sets.MapPut("/{id:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CriteriaSetInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SaveCriteriaSet.UpdateAsync(db, user, id, input, ifMatch.Version, ct), s => s.Version))
            .WithSummary("Sửa bộ tiêu chí chưa được dùng (đã dùng thì tạo phiên bản mới)");
        sets.MapPost("/{id:guid}/copy", async (AppDbContext db, CurrentUser user, Guid id, int year, CancellationToken ct) =>
                ApiResults.Ok(await SaveCriteriaSet.CopyAsync(db, user, id, year, ct)))
            .WithSummary("Sao chép bộ tiêu chí sang một năm (hoặc thành phiên bản mới của cùng năm) để sửa");
        sets.MapGet("/{id:guid}/xlsx", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                (await GetCriteriaSet.HandleAsync(db, user, id, ct)).TryGet(out var set, out var error)
                    ? (Microsoft.AspNetCore.Http.IResult)await ExcelHttp.DownloadAsync(ExportCriteriaSet.FileName(set),
                        s => Task.FromResult(ExportCriteriaSet.Write(set, s)))
                    : error.ToProblem())
            .WithSummary("Xuất bộ tiêu chí ra Excel theo mẫu tỉnh ban hành (STT, tiêu chí, điểm tối đa, hướng dẫn chấm; trang Xếp loại) — tệp xuất nhập lại được");
        // Antiforgery: see ExcelHttp.ImportAsync (Bearer clients are exempt; cookie requests are still checked there).
        sets.MapPost("/import", (AppDbContext db, HttpContext http, CurrentUser user, CancellationToken ct) =>
                ExcelHttp.ImportAsync(http, () => ImportCriteriaSet.MayImportAsync(db, user, ct),
                    async file => ImportFields(http.Request.Form).TryGet(out var fields, out var bad)
                        ? await ImportCriteriaSet.HandleAsync(db, user, file, fields, ct)
                        : bad, i => i.Report))
            .DisableAntiforgery()
            .WithMetadata(AntiforgeryCheckedByEndpoint.Instance)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Nhập bộ tiêu chí mới từ Excel (cùng mẫu với tệp xuất; năm, tên, căn cứ, regulationDocumentId có thể ghi trong biểu mẫu); có lỗi thì không lưu gì");

        var rounds = api.MapGroup("/assessment/rounds").WithTags("Đánh giá, xếp loại (Assessments)");
        rounds.MapGet("/", async (AppDbContext db, CurrentUser user, CancellationToken ct) => TypedResults.Ok(await ListRounds.HandleAsync(db, user, ct)))
            .WithSummary("Các đợt đánh giá, xếp loại");
        rounds.MapPost("/", (AppDbContext db, CurrentUser user, RoundInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => OpenRound.HandleAsync(db, user, input, ct), r => $"/api/v1/assessment/rounds/{r.Id}"))
            .WithSummary("Mở đợt đánh giá: bộ tiêu chí (khóa lại), đơn vị tham gia, hạn tự chấm, thẩm định, kiến nghị");
        rounds.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetRound.HandleAsync(db, user, id, ct), r => r.Version))
            .WithSummary("Một đợt đánh giá và số đơn vị theo từng trạng thái");
        rounds.MapGet("/{id:guid}/ranking", async (AppDbContext db, CurrentUser user, Guid id, string? sort, Guid? clusterId, CancellationToken ct) =>
                ApiResults.Ok(await GetRanking.HandleAsync(db, user, id, sort, clusterId, ct)))
            .WithSummary("Bảng xếp loại của đợt (sort=rank|disagreement|unit; clusterId: xếp trong một cụm, khối thi đua): điểm, chênh lệch, mức, thứ hạng, đồng hạng, tỷ lệ mức cao nhất");
        rounds.MapGet("/{id:guid}/ranking.xlsx", (AppDbContext db, CurrentUser user, Guid id, Guid? clusterId, CancellationToken ct) =>
                ExcelHttp.DownloadAsync($"bang-xep-loai-{VnTime.ToLocal(db.Time.GetUtcNow().UtcDateTime):yyyy-MM-dd}.xlsx",
                    s => ExportRanking.WriteAsync(db, user, id, clusterId, s, ct)))
            .WithSummary("Xuất bảng xếp loại ra Excel theo mẫu của tỉnh (tiêu đề, căn cứ, quyết định; STT, đơn vị, cụm/khối, điểm, chênh lệch, xếp loại, ghi chú); clusterId như bảng xếp loại");
        rounds.MapGet("/{id:guid}/results", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetResults.HandleAsync(db, user, id, ct)))
            .WithSummary("Kết quả của đợt: số đơn vị theo từng mức xếp loại theo loại đơn vị, theo cụm, khối thi đua (kèm bảng xếp loại trong cụm), qua các năm (đề xuất hay theo quyết định)");
        rounds.MapPost("/{id:guid}/decide", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, DecideInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => DecideRound.HandleAsync(db, user, id, input, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Ghi quyết định công nhận kết quả xếp loại: khóa đợt, kết quả thành xếp loại chính thức của đơn vị");

        var units = api.MapGroup("/assessment/units").WithTags("Đánh giá, xếp loại (Assessments)");
        units.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetAssessment.HandleAsync(db, user, id, ct), a => a.Version))
            .WithSummary("Bản đánh giá của một đơn vị: bảng điểm (tự chấm, thẩm định, chênh lệch, lý do), giải thích xếp loại, lịch sử");
        units.MapPut("/{id:guid}/self", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, SelfAssessmentInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SaveSelfAssessment.HandleAsync(db, user, id, input, ifMatch.Version, ct), a => a.Version))
            .WithSummary("Đơn vị lưu điểm tự chấm, giải trình, minh chứng (trước hạn, khi chưa nộp)");
        units.MapPost("/{id:guid}/submit", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await SubmitSelfAssessment.HandleAsync(db, user, id, ifMatch.Version, ct), a => a.Version))
            .WithSummary("Thủ trưởng đơn vị phê duyệt và nộp bản tự chấm");
        units.MapPost("/{id:guid}/return", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, ReturnInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => ReturnAssessment.HandleAsync(db, user, id, input, ifMatch.Version, ct), a => a.Version))
            .WithSummary("Tổ thẩm định trả lại bản tự chấm, nêu lý do chung và theo từng tiêu chí");
        units.MapPut("/{id:guid}/appraisal", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, AppraisalInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => AppraiseAssessment.HandleAsync(db, user, id, input, ifMatch.Version, ct), a => a.Version))
            .WithSummary("Tổ thẩm định chấm điểm (lý do bắt buộc khi khác điểm tự chấm), điểm của cấp trên; finish=true để hoàn thành");
        units.MapPost("/{id:guid}/appeal", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, AppealInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => AppealAssessment.FileAsync(db, user, id, input, ifMatch.Version, ct), a => a.Version))
            .WithSummary("Đơn vị kiến nghị kết quả thẩm định (một lần, trong thời hạn), nêu tiêu chí và lý do");
        units.MapPost("/{id:guid}/appeal/answer", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, AnswerInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => AppealAssessment.AnswerAsync(db, user, id, input, ifMatch.Version, ct), a => a.Version))
            .WithSummary("Trả lời kiến nghị (người khác người đã chấm), lý do từng tiêu chí, có thể sửa điểm");
        units.MapGet("/{id:guid}/evidence/suggestions", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await EvidenceSuggestions.HandleAsync(db, user, id, ct)))
            .WithSummary("Minh chứng có sẵn trong hệ thống để đơn vị gắn: kế hoạch triển khai đã ban hành trong năm, mô hình được công nhận, đăng ký thi đua đã duyệt");
        units.MapPost("/{id:guid}/evidence", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, [FromForm] string? criterion,
                IFormFile? file, CancellationToken ct) =>
                ApiResults.Versioned(http, await AddAssessmentEvidence.FileAsync(db, user, id, criterion, file, ifMatch.Version, ct), a => a.Version))
            .DisableAntiforgery()
            .WithSummary($"Đơn vị tải lên tệp minh chứng cho một tiêu chí (criterion: mã tiêu chí; PDF, DOCX, JPG, PNG kiểm tra theo nội dung tệp, tối đa {FileCheck.MaxMegabytes} MB)");
        units.MapPost("/{id:guid}/evidence/link", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id,
                AddAssessmentEvidence.LinkInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => AddAssessmentEvidence.LinkAsync(db, user, id, input, ifMatch.Version, ct), a => a.Version))
            .WithSummary("Đơn vị gắn một hồ sơ có sẵn (trong danh sách gợi ý) làm minh chứng cho một tiêu chí");
        units.MapDelete("/{id:guid}/evidence/{evidenceId:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id,
                Guid evidenceId, CancellationToken ct) =>
                ApiResults.Versioned(http, await RemoveAssessmentEvidence.HandleAsync(db, user, id, evidenceId, ifMatch.Version, ct), a => a.Version))
            .WithSummary("Đơn vị gỡ một minh chứng (khi còn được sửa bản tự chấm; lịch sử vẫn ghi lại)");
        units.MapGet("/{id:guid}/evidence/{evidenceId:guid}", (AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, CancellationToken ct) =>
                DownloadAssessmentEvidence.HandleAsync(db, user, id, evidenceId, ct))
            .WithSummary("Tải tệp minh chứng (luôn tải về; ghi nhật ký)");
        api.MapGet("/units/{id:guid}/ratings", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                await Access.CheckAsync(db, user, id, Permission.ViewAssessments, Permission.ViewAssessments, "đơn vị", ct) is { } denied
                    ? denied.ToProblem()
                    : (Microsoft.AspNetCore.Http.IResult)TypedResults.Ok(await UnitRatings.ForAsync(db, user.TenantId, id, ct)))
            .WithTags("Đánh giá, xếp loại (Assessments)")
            .WithSummary("Kết quả xếp loại chính thức của đơn vị qua các năm (kể cả của đơn vị tiền thân trước sắp xếp)");
        return api;
    }

    /// <summary>The upload form's optional fields: year, name, citation, regulationDocumentId (each overrides the file's line).</summary>
    private static Result<CriteriaSetImportFields> ImportFields(IFormCollection form)
    {
        int? year = null;
        if (form["year"].ToString() is { Length: > 0 } yearText)
        {
            if (!int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y))
            {
                return AssessmentErrors.YearOutOfRange;
            }

            year = y;
        }

        Guid? document = null;
        if (form["regulationDocumentId"].ToString() is { Length: > 0 } documentText)
        {
            if (!Guid.TryParse(documentText, out var d))
            {
                return AppError.BadValue("regulationDocumentId");
            }

            document = d;
        }

        return new CriteriaSetImportFields(year, form["name"].ToString(), form["citation"].ToString(), document);
    }
}
