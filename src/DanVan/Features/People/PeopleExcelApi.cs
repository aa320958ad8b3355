using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.People;

/// <summary>
/// Excel template, export and all-or-nothing import of people. The literal segments ("template.xlsx", "export.xlsx",
/// "import") cannot collide with /people/{id:guid}.
/// </summary>
public static class PeopleExcelApi
{
    public static RouteGroupBuilder MapPeopleExcelApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people").WithTags("Cán bộ, công chức (People)");
        g.MapGet("/template.xlsx", (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                ExcelHttp.TemplateAsync("mau-nhap-can-bo.xlsx", s => PeopleExcel.WriteTemplateAsync(db, user, s, ct)))
            .WithSummary("Tải tệp mẫu Excel để nhập cán bộ, công chức, viên chức");
        g.MapGet("/export.xlsx", (AppDbContext db, HttpContext http, CurrentUser user, string? q, Guid? unitId, CancellationToken ct) =>
                ExcelHttp.DownloadAsync($"danh-sach-can-bo-{VnTime.ToLocal(db.Time.GetUtcNow().UtcDateTime):yyyy-MM-dd}.xlsx",
                    s => ExportPeople.WriteAsync(db, user, new(q, unitId, null, null), s,
                        $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}", ct)))
            .WithSummary("Xuất danh sách cán bộ (theo bộ lọc) ra Excel, cùng bố cục với tệp mẫu; dữ liệu nhạy cảm theo quyền xem; mỗi lần xuất được ghi nhật ký");
        // Antiforgery: see ExcelHttp.ImportAsync (Bearer clients are exempt; cookie requests are still checked there).
        g.MapPost("/import", (AppDbContext db, HttpContext http, CurrentUser user, CancellationToken ct) =>
                ExcelHttp.ImportAsync(http, () => ImportPeople.MayImportAsync(db, user, ct),
                    file => ImportPeople.HandleAsync(db, user, file, ct)))
            .DisableAntiforgery()
            .WithMetadata(AntiforgeryCheckedByEndpoint.Instance)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Nhập cán bộ từ Excel (tất cả hoặc không: có dòng lỗi thì không ghi dòng nào, trả 422 kèm danh sách lỗi)");
        return api;
    }
}
