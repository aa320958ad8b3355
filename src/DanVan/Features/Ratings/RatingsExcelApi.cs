using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Ratings;

/// <summary>Export and all-or-nothing import of ratings in one layout (an export, filled in, imports again).</summary>
public static class RatingsExcelApi
{
    public static RouteGroupBuilder MapRatingsExcelApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/ratings").WithTags("Xếp loại cán bộ (Ratings)");
        g.MapGet("/export.xlsx", (AppDbContext db, HttpContext http, CurrentUser user, int? year, Guid? unitId, string? q, CancellationToken ct) =>
                ExcelHttp.DownloadAsync($"xep-loai-can-bo-{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nam-nay"}.xlsx",
                    s => ExportRatings.WriteAsync(db, user, new(year, unitId, q, null, null), s,
                        $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}", ct)))
            .WithSummary("Xuất danh sách xếp loại (theo năm, đơn vị) ra Excel, cùng bố cục với tệp nhập; người chưa xếp loại để trống cột Xếp loại");
        g.MapPost("/import", (AppDbContext db, HttpContext http, CurrentUser user, CancellationToken ct) =>
                ExcelHttp.ImportAsync(http, () => ImportRatings.MayImportAsync(db, user, ct),
                    file => ImportRatings.HandleAsync(db, user, file, http.Request.Form.Files.GetFile(ExcelHttp.FormField)?.FileName, ct)))
            .DisableAntiforgery()
            .WithMetadata(AntiforgeryCheckedByEndpoint.Instance)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Nhập xếp loại từ Excel (STT, Họ và tên, Chức vụ, Đơn vị, Năm, Xếp loại, Ghi chú, Lý do thay đổi); có dòng lỗi thì không ghi dòng nào");
        return api;
    }
}
