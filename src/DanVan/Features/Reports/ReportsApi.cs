using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Reports;

public static class ReportsApi
{
    private const string Tag = "Báo cáo (Reports)";

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags(Tag);
        reports.MapGet("/forms", async (AppDbContext db, CurrentUser user, CancellationToken ct) => ApiResults.Ok(await ListReportForms.HandleAsync(db, user, ct)))
            .WithSummary("Các biểu mẫu báo cáo của tỉnh, mọi phiên bản (phiên bản đã dùng cho một đợt báo cáo thì cố định)");
        reports.MapGet("/forms/{id:guid}", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await ListReportForms.GetAsync(db, user, id, ct)))
            .WithSummary("Một phiên bản biểu mẫu: các phần, chỉ tiêu số (đơn vị tính, tổng, số liệu tự động) và nội dung");
        reports.MapPost("/forms", (AppDbContext db, CurrentUser user, FormInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => SaveReportForm.HandleAsync(db, user, input, ct)))
            .WithSummary("Tạo hoặc sửa biểu mẫu (theo mã): phiên bản chưa dùng thì sửa tại chỗ, đã dùng thì tạo phiên bản mới");
        reports.MapGet("/campaigns", async (AppDbContext db, CurrentUser user, CancellationToken ct) => TypedResults.Ok(await ListReportCampaigns.HandleAsync(db, user, ct)))
            .WithSummary("Các đợt báo cáo người gọi thấy, với tỷ lệ báo cáo (phải nộp, đã nộp, đúng hạn, trễ hạn, quá hạn chưa nộp)");
        reports.MapPost("/campaigns", (AppDbContext db, WorkingDays workingDays, CurrentUser user, CampaignInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => LaunchReportCampaign.HandleAsync(db, workingDays, user, input, ct), c => $"/api/v1/reports/campaigns/{c.Id}"))
            .WithSummary("Phát động đợt báo cáo: biểu mẫu, năm, đơn vị phải báo cáo (như đơn vị tham gia phong trào), hạn nộp (ngày hoặc số ngày làm việc)");
        reports.MapGet("/campaigns/{id:guid}", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetRollUp.HandleAsync(db, user, id, ct)))
            .WithSummary("Tổng hợp đợt báo cáo: tỷ lệ báo cáo, tình trạng từng đơn vị, tổng từng chỉ tiêu trên các báo cáo đã tiếp nhận");
        reports.MapGet("/campaigns/{id:guid}/xlsx", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                (await ExportRollUp.LoadAsync(db, user, id, ct)).TryGet(out var export, out var error)
                    ? (Microsoft.AspNetCore.Http.IResult)await ExcelHttp.DownloadAsync(export.FileName, s => Task.FromResult(ExportRollUp.Write(export, s)))
                    : error.ToProblem())
            .WithSummary("Tổng hợp đợt báo cáo ra Excel: tỷ lệ báo cáo, tổng từng chỉ tiêu (báo cáo đã tiếp nhận) và số liệu từng đơn vị");
        reports.MapGet("/campaigns/{id:guid}/indicators/{code}", async (AppDbContext db, CurrentUser user, Guid id, string code, CancellationToken ct) =>
                ApiResults.Ok(await GetRollUp.DrillDownAsync(db, user, id, code, ct)))
            .WithSummary("Chi tiết một chỉ tiêu: số liệu từng đơn vị, tình trạng và người tiếp nhận (chỉ báo cáo đã tiếp nhận được cộng)");
        reports.MapGet("/submissions/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetReportSubmission.HandleAsync(db, user, id, ct), s => s.Version))
            .WithSummary("Báo cáo của một đơn vị theo biểu mẫu: số liệu, số liệu tính sẵn, lý do điều chỉnh, lý do trả lại và thay đổi từ lần trả lại");
        reports.MapPut("/submissions/{id:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, EntriesInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => FillReport.HandleAsync(db, user, id, input, false, ifMatch.Version, ct),
                s => s.Version))
            .WithSummary("Lưu số liệu đang nhập (số nguyên không âm; sửa số liệu tính sẵn phải ghi lý do)");
        reports.MapPost("/submissions/{id:guid}/submit", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, EntriesInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => FillReport.HandleAsync(db, user, id, input, true, ifMatch.Version, ct),
                s => s.Version))
            .WithSummary("Lưu và nộp báo cáo lên cấp trên (đủ chỉ tiêu bắt buộc, tổng bằng các chỉ tiêu thành phần)");
        reports.MapGet("/submissions/{id:guid}/xlsx", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                (await ExportSubmission.LoadAsync(db, user, id, ct)).TryGet(out var export, out var error)
                    ? (Microsoft.AspNetCore.Http.IResult)await ExcelHttp.DownloadAsync(export.FileName, s => Task.FromResult(ExportSubmission.Write(export, s)))
                    : error.ToProblem())
            .WithSummary("Tải báo cáo của đơn vị ra Excel (mã báo cáo, biểu mẫu và phiên bản ở đầu trang; cột “Giá trị”, “Lý do điều chỉnh” để nhập) — tệp nhập lại được");
        // Antiforgery: see ExcelHttp.ImportAsync (Bearer clients are exempt; cookie requests are still checked there).
        reports.MapPost("/submissions/{id:guid}/import", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ExcelHttp.ImportAsync(http, () => ImportSubmission.MayImportAsync(db, user, ct),
                    file => ImportSubmission.HandleAsync(db, user, id, file, ifMatch.Version, ct), i => i.Report))
            .DisableAntiforgery()
            .WithMetadata(AntiforgeryCheckedByEndpoint.Instance)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Nhập số liệu báo cáo từ tệp Excel đã tải về (đúng báo cáo, đúng phiên bản biểu mẫu): lưu, chưa nộp; có lỗi thì không lưu gì và liệt kê từng dòng");
        reports.MapPost("/submissions/{id:guid}/accept", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id,
                CancellationToken ct) => ApiResults.Versioned(http, await ReviewReport.AcceptAsync(db, user, id, ifMatch.Version, ct), s => s.Version))
            .WithSummary("Cấp trên tiếp nhận báo cáo: báo cáo bị khóa");
        reports.MapPost("/submissions/{id:guid}/return", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, ReturnInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => ReviewReport.ReturnAsync(db, user, id, input, ifMatch.Version, ct),
                s => s.Version))
            .WithSummary("Cấp trên trả lại báo cáo, ghi lý do ở từng chỉ tiêu cần sửa (ít nhất một)");
        return api;
    }
}
