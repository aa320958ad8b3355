using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Calendar;

public static class CalendarApi
{
    public static RouteGroupBuilder MapCalendarApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/calendar").WithTags("Lịch ngày làm việc (Calendar)");
        g.MapGet("/add", async (WorkingDays calendar, CurrentUser user, DateOnly? from, int? days, CancellationToken ct) =>
                ApiResults.Ok(await QueryWorkingDays.AddAsync(calendar, user, from, days, ct)))
            .WithSummary("Cộng N ngày làm việc: ngày thứ N làm việc sau ngày bắt đầu (không tính ngày bắt đầu), có tạm tính không (năm chưa xác nhận hoặc chưa có lịch), các ngày nghỉ đã bỏ qua");
        g.MapGet("/count", async (WorkingDays calendar, CurrentUser user, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                ApiResults.Ok(await QueryWorkingDays.CountAsync(calendar, user, from, to, ct)))
            .WithSummary("Số ngày làm việc sau ngày bắt đầu đến hết ngày kết thúc, có tạm tính không, các ngày nghỉ đã bỏ qua");
        g.MapGet("/{year:int}", async (AppDbContext db, CurrentUser user, int year, CancellationToken ct) =>
                ApiResults.Ok(await GetCalendar.HandleAsync(db, user, year, ct)))
            .WithSummary("Lịch ngày làm việc một năm của tỉnh: trạng thái (đã xác nhận / chưa xác nhận / chưa có), các ngày lễ, nghỉ bù, làm bù với căn cứ, lịch sử");
        g.MapPost("/{year:int}/entries", (AppDbContext db, CurrentUser user, int year, CalendarEntryInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => AddCalendarEntry.HandleAsync(db, user, year, input, ct)))
            .WithSummary("Quản trị tỉnh thêm ngày lễ, ngày nghỉ bù/hoán đổi (ngày thường) hoặc ngày làm bù (thứ Bảy, Chủ nhật), bắt buộc căn cứ");
        g.MapDelete("/{year:int}/entries/{id:guid}", async (AppDbContext db, CurrentUser user, int year, Guid id, string? reason, CancellationToken ct) =>
                ApiResults.Ok(await RemoveCalendarEntry.HandleAsync(db, user, year, id, reason, ct)))
            .WithSummary("Quản trị tỉnh xóa một ngày khỏi lịch năm (tham số reason bắt buộc: lý do và căn cứ; ghi vào lịch sử)");
        g.MapPost("/{year:int}/propose", async (AppDbContext db, CurrentUser user, int year, CancellationToken ct) =>
                ApiResults.Ok(await ProposeCalendarYear.HandleAsync(db, user, year, ct)))
            .WithSummary("Quản trị tỉnh tạo lịch cho năm chưa có dữ liệu, đề xuất từ âm lịch (chưa xác nhận, mọi ngày “cần kiểm tra”)");
        g.MapPost("/{year:int}/confirm", (AppDbContext db, CurrentUser user, int year, ConfirmCalendarInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => ConfirmCalendarYear.HandleAsync(db, user, year, input, ct)))
            .WithSummary("Quản trị tỉnh xác nhận lịch năm sau khi đối chiếu thông báo chính thức (bắt buộc căn cứ)");
        return api;
    }
}
