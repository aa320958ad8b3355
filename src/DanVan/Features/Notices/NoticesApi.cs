using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Notices;

public static class NoticesApi
{
    private const string Tag = "Công khai, lấy ý kiến (Notices)";
    private const string PublicTag = "Công khai (Public)";

    public static RouteGroupBuilder MapNoticesApi(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags(Tag);
        notices.MapGet("/", async (AppDbContext db, CurrentUser user, CancellationToken ct) => TypedResults.Ok(await ListNotices.HandleAsync(db, user, ct)))
            .WithSummary("Các thông báo công khai người gọi quản lý (ManageCouncil trên đơn vị của thông báo)");
        notices.MapPost("/", (AppDbContext db, WorkingDays workingDays, CurrentUser user, NoticeInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateNotice.HandleAsync(db, workingDays, user, input, ct), n => $"/api/v1/notices/{n.Id}"))
            .WithSummary("Lập dự thảo thông báo: roundId (chọn sẵn người, tập thể có danh hiệu phải công khai) hoặc nomineeIds; startsOn; kết thúc = bắt đầu + N ngày làm việc");
        notices.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetNotice.HandleAsync(db, user, id, ct), n => n.Version))
            .WithSummary("Một thông báo: danh sách, thời gian công khai, số ý kiến theo từng người, tập thể");
        notices.MapPost("/{id:guid}/publish", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await PublishNotice.HandleAsync(db, user, id, ifMatch.Version, ct), n => n.Version))
            .WithSummary("Công bố thông báo trên cổng thông tin (một lần)");
        notices.MapGet("/{id:guid}/comments", async (AppDbContext db, CurrentUser user, Guid id, Guid? entryId, CancellationToken ct) =>
                ApiResults.Ok(await ListComments.HandleAsync(db, user, id, entryId, ct)))
            .WithSummary("Các ý kiến góp ý của thông báo (entryId: của một người, tập thể), kèm lịch sử xử lý — không bao giờ công khai");
        notices.MapPost("/comments/{id:guid}/disposition", (AppDbContext db, CurrentUser user, IfMatch ifMatch, Guid id, DispositionInput input,
                CancellationToken ct) => ApiResults.Write(input, () => DisposeComment.HandleAsync(db, user, id, input, ifMatch.Version, ct)))
            .WithSummary("Kết quả xử lý một ý kiến: NotRelated, Duplicate, Verified (kèm result), và lý do (bắt buộc)");

        var open = api.MapGroup("/public/notices").WithTags(PublicTag).AllowAnonymous();
        open.MapGet("/", async (AppDbContext db, CancellationToken ct) => TypedResults.Ok(await PublicNotices.ListAsync(db, ct)))
            .WithSummary("Các thông báo công khai danh sách đề nghị khen thưởng đã công bố (không cần đăng nhập)");
        open.MapGet("/{id:guid}", async (AppDbContext db, Guid id, CancellationToken ct) => ApiResults.Ok(await PublicNotices.GetAsync(db, id, ct)))
            .WithSummary("Một thông báo đã công bố: danh sách (họ tên, đơn vị, danh hiệu, tóm tắt thành tích) và thời gian nhận ý kiến");
        open.MapPost("/{id:guid}/comments", (AppDbContext db, Guid id, CommentInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => SendComment.HandleAsync(db, id, input, ct)))
            .RequireRateLimiting(NoticesServices.CommentRateLimit)
            .WithSummary("Gửi ý kiến góp ý (văn bản thuần; website để trống); trả về mã biên nhận. Giới hạn số lần gửi theo địa chỉ");
        open.MapGet("/receipts/{code}", async (AppDbContext db, string code, CancellationToken ct) => ApiResults.Ok(await CheckCommentReceipt.HandleAsync(db, code, ct)))
            .WithSummary("Tình trạng xử lý của ý kiến có mã biên nhận này (không nêu người xử lý)");
        return api;
    }
}
