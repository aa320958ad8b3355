using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

public static class MovementsApi
{
    public static RouteGroupBuilder MapMovementsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/movements").WithTags("Phong trào thi đua (Movements)");
        g.MapGet("/", async (AppDbContext db, CurrentUser user, string? q, int? year, MovementStatus? status, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListMovements.HandleAsync(db, user, new(q, year, status, limit, cursor), ct)))
            .WithSummary("Danh sách phong trào (mới nhất trước); dự thảo chỉ hiện với người quản lý phong trào");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetMovement.HandleAsync(db, user, id, ct), m => m.Version))
            .WithSummary("Chi tiết phong trào: nội dung, tiêu chuẩn, hình thức khen thưởng, mốc thời gian, lịch sử");
        g.MapPost("/", (AppDbContext db, CurrentUser user, MovementSettings settings, WorkingDays calendar, MovementInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => SaveMovement.CreateAsync(db, user, settings, calendar, input, ct), m => $"/api/v1/movements/{m.Id}"))
            .WithSummary("Tạo dự thảo phong trào");
        g.MapPut("/{id:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, MovementSettings settings, WorkingDays calendar, Guid id, MovementInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SaveMovement.UpdateAsync(db, user, settings, calendar, id, input, ifMatch.Version, ct), m => m.Version))
            .WithSummary("Sửa dự thảo phong trào (thay toàn bộ đơn vị tham gia và các mục)");
        g.MapPost("/{id:guid}/launch", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, LaunchMovement.Input input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => LaunchMovement.HandleAsync(db, user, id, input, ifMatch.Version, ct), m => m.Version))
            .WithSummary("Phát động: giao cho mọi đơn vị tham gia nhiệm vụ ban hành kế hoạch triển khai");
        g.MapPost("/{id:guid}/close", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, LaunchMovement.Input input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => CloseMovement.HandleAsync(db, user, id, input, ifMatch.Version, ct), m => m.Version))
            .WithSummary("Kết thúc phong trào");
        g.MapPut("/{id:guid}/reminders", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, SetMovementReminders.Input input,
                CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SetMovementReminders.HandleAsync(db, user, id, input, ifMatch.Version, ct), m => m.Version))
            .WithSummary("Lịch nhắc hạn kế hoạch: nhắc trước hạn N ngày làm việc (0: chỉ ngày làm việc trước hạn), báo thủ trưởng đơn vị sau M ngày làm việc quá hạn");
        g.MapGet("/{id:guid}/compliance", async (AppDbContext db, CurrentUser user, Guid id, PlanStatus? status, Guid? kindId, Guid? underUnitId,
                    string? q, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await GetCompliance.HandleAsync(db, user, id, new(status, kindId, underUnitId, q, limit, cursor), ct)))
            .WithSummary("Tình hình ban hành kế hoạch của các đơn vị: trạng thái từng đơn vị (đúng hạn, trễ hạn, quá hạn, chưa đến hạn) và tổng hợp");
        g.MapGet("/{id:guid}/compliance.xlsx", (AppDbContext db, CurrentUser user, Guid id, PlanStatus? status, Guid? kindId, Guid? underUnitId,
                    string? q, CancellationToken ct) =>
                ExcelHttp.DownloadAsync($"tinh-hinh-ban-hanh-ke-hoach-{VnTime.ToLocal(db.Time.GetUtcNow().UtcDateTime):yyyy-MM-dd}.xlsx",
                    s => ExportCompliance.WriteAsync(db, user, id, new(status, kindId, underUnitId, q, null, null), s, ct)))
            .WithSummary("Xuất tình hình ban hành kế hoạch ra Excel");
        g.MapPost("/{id:guid}/plans", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, FilePlan.Input input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => FilePlan.HandleAsync(db, user, id, input, null, ifMatch.Version, ct), o => o.Version))
            .WithSummary("Đơn vị nộp kế hoạch triển khai (chọn văn bản đã có hoặc nhập số, ngày, trích yếu); tệp đính kèm gửi qua /documents/{id}/attachments");
        g.MapDelete("/{id:guid}/plans/{unitId:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, Guid unitId,
                    CancellationToken ct) =>
                ApiResults.Versioned(http, await WithdrawPlan.HandleAsync(db, user, id, unitId, ifMatch.Version, ct), o => o.Version))
            .WithSummary("Rút lại kế hoạch đã nộp (chỉ trước hạn)");
        g.MapPost("/{id:guid}/plans/{unitId:guid}/waive", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, Guid unitId, WaivePlan.Input input,
                    CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => WaivePlan.WaiveAsync(db, user, id, unitId, input, ifMatch.Version, ct), o => o.Version))
            .WithSummary("Người quản lý phong trào miễn cho đơn vị việc ban hành kế hoạch (bắt buộc lý do; đơn vị thấy lý do)");
        g.MapPost("/{id:guid}/plans/{unitId:guid}/lift-waiver", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, Guid unitId, WaivePlan.Input input,
                    CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => WaivePlan.LiftAsync(db, user, id, unitId, input, ifMatch.Version, ct), o => o.Version))
            .WithSummary("Bỏ miễn: đơn vị lại phải ban hành kế hoạch theo hạn (bắt buộc lý do)");
        g.MapPost("/{id:guid}/plans/extend", (AppDbContext db, CurrentUser user, Guid id, ExtendPlanDeadline.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => ExtendPlanDeadline.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Gia hạn ban hành kế hoạch cho một số đơn vị hoặc mọi đơn vị chưa nộp (bắt buộc lý do; ghi vào lịch sử)");
        return api;
    }
}
