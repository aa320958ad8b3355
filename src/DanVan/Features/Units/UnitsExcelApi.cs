using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Units;

/// <summary>
/// Excel template, export and all-or-nothing import of units. The literal segments ("template.xlsx", "export.xlsx",
/// "import") cannot collide with /units/{id:guid}.
/// </summary>
public static class UnitsExcelApi
{
    public static RouteGroupBuilder MapUnitsExcelApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/units").WithTags("Đơn vị (Units)");
        g.MapGet("/template.xlsx", (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                ExcelHttp.TemplateAsync("mau-nhap-don-vi.xlsx", s => UnitsExcel.WriteTemplateAsync(db, user, s, ct)))
            .WithSummary("Tải tệp mẫu Excel để nhập đơn vị");
        g.MapGet("/export.xlsx", (AppDbContext db, CurrentUser user, string? q, Guid? unitId, CancellationToken ct) =>
                ExcelHttp.DownloadAsync($"danh-sach-don-vi-{VnTime.ToLocal(db.Time.GetUtcNow().UtcDateTime):yyyy-MM-dd}.xlsx",
                    s => ExportUnits.WriteAsync(db, user, new(q, unitId, null, null), s, ct)))
            .WithSummary("Xuất danh sách đơn vị (theo bộ lọc) ra Excel, cùng bố cục với tệp mẫu");
        // Antiforgery: see ExcelHttp.ImportAsync (Bearer clients are exempt; cookie requests are still checked there).
        g.MapPost("/import", (AppDbContext db, HttpContext http, CurrentUser user, CancellationToken ct) =>
                ExcelHttp.ImportAsync(http, () => ImportUnits.MayImportAsync(db, user, ct),
                    file => ImportUnits.HandleAsync(db, user, file, ct)))
            .DisableAntiforgery()
            .WithMetadata(AntiforgeryCheckedByEndpoint.Instance)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Nhập đơn vị từ Excel (tất cả hoặc không: có dòng lỗi thì không ghi dòng nào, trả 422 kèm danh sách lỗi)");
        return api;
    }
}
