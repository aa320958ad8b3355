using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Models;

public static class ModelsApi
{
    public static RouteGroupBuilder MapModelsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/models").WithTags("Mô hình “Dân vận khéo” (Models)");
        g.MapGet("/", async (AppDbContext db, CurrentUser user, string? q, ModelField? field, ModelLevel? level, ModelStatus? status, int? year,
                    Guid? movementId, Guid? unitId, string? sort, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListModels.HandleAsync(db, user,
                    new(q, field, level, status, year, movementId, unitId, sort == "spread", limit, cursor), ct)))
            .WithSummary("Thư viện mô hình: tìm không dấu theo tên, nội dung, đơn vị; lọc lĩnh vực, cấp, trạng thái, năm, phong trào, đơn vị; sort=spread xếp theo mức nhân rộng");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetModel.HandleAsync(db, user, id, ct), m => m.Version))
            .WithSummary("Chi tiết mô hình: nội dung đăng ký, lịch sử, nguồn gốc nhân rộng và nơi đã nhân rộng");
        g.MapPost("/", (AppDbContext db, CurrentUser user, ModelInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => SaveModel.CreateAsync(db, user, input, ct), m => $"/api/v1/models/{m.Id}"))
            .WithSummary("Tạo mô hình (mới, chuyển từ mô hình dự kiến trong bản đăng ký, hoặc nhân rộng mô hình đã công nhận)");
        g.MapPut("/{id:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, ModelInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SaveModel.UpdateAsync(db, user, id, input, ifMatch.Version, ct), m => m.Version))
            .WithSummary("Sửa nội dung mô hình (đến khi đề nghị công nhận)");
        g.MapPost("/{id:guid}/transitions", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, TransitionInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => TransitionModel.HandleAsync(db, user, id, input, ifMatch.Version, ct), m => m.Version))
            .WithSummary("Chuyển trạng thái: Register, StartImplementing, Propose, Withdraw, Rework (đơn vị); Recognise (decisionId, level, year), Reject (note = lý do), Reconfirm (year), Drop (note = lý do) (cơ quan thẩm định)");
        api.MapGet("/movements/{id:guid}/coverage", async (AppDbContext db, CurrentUser user, ModelSettings settings, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetCoverage.HandleAsync(db, user, settings, id, ct)))
            .WithTags("Mô hình “Dân vận khéo” (Models)")
            .WithSummary("Độ bao phủ mô hình: số mô hình của từng đơn vị tham gia, các đơn vị chưa có mô hình, tổng hợp theo loại đơn vị và lĩnh vực × cấp × trạng thái");
        api.MapGet("/movements/{id:guid}/coverage.xlsx", (AppDbContext db, CurrentUser user, ModelSettings settings, Guid id, CancellationToken ct) =>
                ExcelHttp.DownloadAsync($"do-bao-phu-mo-hinh-{VnTime.ToLocal(db.Time.GetUtcNow().UtcDateTime):yyyy-MM-dd}.xlsx",
                    s => ExportCoverage.WriteAsync(db, user, settings, id, s, ct)))
            .WithTags("Mô hình “Dân vận khéo” (Models)")
            .WithSummary("Xuất độ bao phủ mô hình ra Excel");
        return api;
    }
}
