using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>The award register: list, one entry, Excel in and out, and each person's and unit's award history.</summary>
public static class AwardRecordsApi
{
    private const string Tag = "Sổ khen thưởng (Award register)";

    public static RouteGroupBuilder MapAwardRecordsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/award-records").WithTags(Tag);
        g.MapGet("/", async (AppDbContext db, CurrentUser user, string? q, int? year, Guid? awardKindId, Guid? unitId, int? limit, string? cursor,
                    CancellationToken ct) =>
                ApiResults.Ok(await ListAwardRecords.HandleAsync(db, user, new(q, year, awardKindId, unitId, limit, cursor), ct)))
            .WithSummary("Sổ khen thưởng trong phạm vi được xem: tìm theo tên (không cần dấu) hoặc số quyết định, lọc theo năm, danh hiệu, đơn vị");
        g.MapPost("/", (AppDbContext db, CurrentUser user, AwardRecordInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => AddAwardRecord.HandleAsync(db, user, input, ct),
                    r => r.PersonId is { } p ? $"/api/v1/people/{p}/awards" : $"/api/v1/units/{r.UnitId}/awards"))
            .WithSummary("Ghi một khen thưởng vào sổ (cá nhân, tập thể hoặc hộ gia đình; trùng người, danh hiệu và năm: 409)");
        g.MapPost("/{id:guid}/withdrawal", (AppDbContext db, CurrentUser user, Guid id, WithdrawAwardRecordInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => WithdrawAwardRecord.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Rút một mục ghi nhầm khỏi sổ (bắt buộc nêu lý do; mục vẫn hiện, gạch ngang, kèm lý do và không được tính vào đâu nữa); "
                + "mục do quyết định trong DanVan ghi, mục đã thu hồi hoặc đã rút: 409");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await CorrectAwardRecord.DetailAsync(db, user, id, ct), d => d.Entry.Version))
            .WithSummary("Một mục sổ khen thưởng, các lần sửa (mới nhất trước) và việc người gọi có được sửa hay không (ETag: phiên bản để sửa)");
        g.MapPost("/{id:guid}/correction", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CorrectAwardRecordInput input,
                    CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => CorrectAwardRecord.HandleAsync(db, user, id, input, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Sửa tại chỗ một mục ghi nhầm (danh hiệu, năm, loại hình, số và ngày quyết định, ghi chú; tên hộ gia đình) với lý do bắt buộc; "
                + "giữ lại thông tin cũ và mới; mục do quyết định trong DanVan ghi, đã thu hồi hoặc đã rút: 409; If-Match: số phiên bản (ETag)");
        g.MapGet("/export.xlsx", (AppDbContext db, HttpContext http, CurrentUser user, string? q, int? year, Guid? awardKindId, Guid? unitId,
                    bool? template, CancellationToken ct) =>
                ExcelHttp.DownloadAsync(template == true ? "mau-so-khen-thuong.xlsx" : $"so-khen-thuong-{year?.ToString(CultureInfo.InvariantCulture) ?? "cac-nam"}.xlsx",
                    s => ExportAwardRecords.WriteAsync(db, user, new(q, year, awardKindId, unitId, null, null), template == true, s,
                        $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}", ct)))
            .WithSummary("Xuất sổ khen thưởng ra Excel theo mẫu của cơ quan (kèm trang Hướng dẫn liệt kê danh mục); template=true: tệp mẫu để trống");
        g.MapPost("/import", (AppDbContext db, HttpContext http, CurrentUser user, CancellationToken ct) =>
                ExcelHttp.ImportAsync(http, () => ImportAwardRecords.MayImportAsync(db, user, ct),
                    file => ImportAwardRecords.HandleAsync(db, user, file, http.Request.Form.Files.GetFile(ExcelHttp.FormField)?.FileName, ct)))
            .DisableAntiforgery()
            .WithMetadata(AntiforgeryCheckedByEndpoint.Instance)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Nhập sổ khen thưởng các năm trước từ Excel (STT, Họ và tên / Tên tập thể, Đơn vị, Danh hiệu, Năm, Loại hình, Số và ngày quyết định, Ghi chú); có dòng lỗi thì không ghi dòng nào");

        api.MapGet("/people/{id:guid}/awards", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetAwardHistory.ForPersonAsync(db, user, id, ct)))
            .WithTags(Tag)
            .WithSummary("Quá trình khen thưởng của một người (mới nhất trước), kèm số và ngày quyết định");
        api.MapGet("/units/{id:guid}/awards", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetAwardHistory.ForUnitAsync(db, user, id, ct)))
            .WithTags(Tag)
            .WithSummary("Khen thưởng của một tập thể, kể cả của các đơn vị đã sáp nhập vào đơn vị này (mới nhất trước)");
        return api;
    }
}
