using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

public static class CouncilApi
{
    private const string Tag = "Hội đồng Thi đua – Khen thưởng (Council)";

    public static RouteGroupBuilder MapCouncilApi(this RouteGroupBuilder api)
    {
        var councils = api.MapGroup("/council/councils").WithTags(Tag);
        councils.MapGet("/", async (AppDbContext db, CurrentUser user, CancellationToken ct) => TypedResults.Ok(await ListCouncils.HandleAsync(db, user, ct)))
            .WithSummary("Các Hội đồng người gọi quản lý hoặc là thành viên");
        councils.MapPost("/", (AppDbContext db, CurrentUser user, CouncilInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateCouncil.HandleAsync(db, user, input, ct), c => $"/api/v1/council/councils/{c.Id}"))
            .WithSummary("Lập Hội đồng của một đơn vị cho một nhiệm kỳ (tỷ lệ có mặt tối thiểu mặc định: hơn 50 % thành viên)");
        councils.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetCouncil.HandleAsync(db, user, id, ct), c => c.Version))
            .WithSummary("Một Hội đồng: nhiệm kỳ, thành viên, các phiên họp");
        councils.MapPost("/{id:guid}/members", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, MemberInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => AddMember.HandleAsync(db, user, id, input, ifMatch.Version, ct), c => c.Version))
            .WithSummary("Thêm thành viên: cán bộ (personId), vai trò, tài khoản dùng để bỏ phiếu (tùy chọn)");
        councils.MapPost("/{id:guid}/sessions", (AppDbContext db, CurrentUser user, Guid id, SessionInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateSession.HandleAsync(db, user, id, input, ct), s => $"/api/v1/council/sessions/{s.Id}"))
            .WithSummary("Lên lịch một phiên họp (ngày trong nhiệm kỳ, địa điểm)");

        var sessions = api.MapGroup("/council/sessions").WithTags(Tag);
        sessions.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetSession.HandleAsync(db, user, id, ct), s => s.Version))
            .WithSummary("Một phiên họp: điểm danh, nội dung xét theo thứ tự, người không tham gia biểu quyết và lý do, kết quả các nội dung đã kết thúc");
        sessions.MapGet("/{id:guid}/minutes.pdf", (AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid id, CancellationToken ct) =>
                Minutes.DownloadAsync(db, user, pdf, id, ct))
            .WithSummary("Biên bản phiên họp (PDF): thành phần, điểm danh, người không tham gia biểu quyết và lý do, kết quả từng nội dung với tỷ lệ và căn cứ, danh sách được thống nhất; “dự thảo” khi phiên chưa kết thúc");
        sessions.MapGet("/{id:guid}/minutes.docx", (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) => Minutes.DownloadDocxAsync(db, user, id, ct))
            .WithSummary("Biên bản phiên họp dạng Word (DOCX) để thư ký hoàn chỉnh trước khi ký: cùng nội dung với bản PDF");
        sessions.MapPost("/{id:guid}/agenda", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, AgendaInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => BuildAgenda.HandleAsync(db, user, id, input, ifMatch.Version, ct), s => s.Version))
            .WithSummary("Đưa vào chương trình các người, tập thể trong hồ sơ đã được tiếp nhận của đợt xét (nhóm theo danh hiệu)");
        sessions.MapPut("/{id:guid}/agenda/order", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, OrderInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => ReorderAgenda.HandleAsync(db, user, id, input, ifMatch.Version, ct), s => s.Version))
            .WithSummary("Sắp xếp lại thứ tự nội dung xét (mỗi nội dung đúng một lần)");
        sessions.MapPut("/{id:guid}/attendance", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, AttendanceInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => RecordAttendance.HandleAsync(db, user, id, input, ifMatch.Version, ct), s => s.Version))
            .WithSummary("Điểm danh một thành viên: có mặt, vắng mặt, vắng mặt có ý kiến bằng văn bản");
        sessions.MapPost("/{id:guid}/open", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await OpenSession.HandleAsync(db, user, id, ifMatch.Version, ct), s => s.Version))
            .WithSummary("Khai mạc phiên họp");
        sessions.MapPost("/{id:guid}/close", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await CloseSession.HandleAsync(db, user, id, ifMatch.Version, ct), s => s.Version))
            .WithSummary("Bế mạc phiên họp (khi không còn nội dung đang biểu quyết)");

        var items = api.MapGroup("/council/items").WithTags(Tag);
        items.MapPost("/{id:guid}/conflicts", (AppDbContext db, CurrentUser user, IfMatch ifMatch, Guid id, ConflictInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => DeclareConflict.HandleAsync(db, user, id, input, ifMatch.Version, ct)))
            .WithSummary("Nêu xung đột lợi ích: thành viên không tham gia biểu quyết nội dung này (chỉ nội dung này), kèm lý do");
        items.MapPost("/{id:guid}/open", async (AppDbContext db, CurrentUser user, IfMatch ifMatch, Guid id, OpenItemInput? input, CancellationToken ct) =>
                ApiResults.Ok(await OpenItem.HandleAsync(db, user, id, input, ifMatch.Version, ct)))
            .WithSummary("Mở biểu quyết nội dung (method: Electronic mặc định, hoặc Paper) khi phiên họp đang họp và đủ số thành viên có mặt");
        items.MapPost("/{id:guid}/close", async (AppDbContext db, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await CloseItem.HandleAsync(db, user, id, ifMatch.Version, ct)))
            .WithSummary("Kết thúc biểu quyết: kiểm phiếu theo quy tắc của danh hiệu (tỷ lệ, cơ sở tính, căn cứ) và công bố kết quả");
        items.MapPost("/{id:guid}/ballots", (AppDbContext db, CurrentUser user, Guid id, BallotInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => CastBallot.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Thành viên có mặt bỏ phiếu (Yes, No, Abstain); trả về mã biên nhận (chỉ một lần). Phiếu kín không lưu người bỏ phiếu");
        items.MapGet("/{id:guid}/participation", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetParticipation.HandleAsync(db, user, id, ct)))
            .WithSummary("Việc bỏ phiếu của chính người gọi (đã bỏ phiếu hay chưa; không bao giờ là lựa chọn, không bao giờ của người khác)");
        items.MapPost("/{id:guid}/written-opinions", (AppDbContext db, CurrentUser user, Guid id, WrittenOpinionInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => EnterWrittenOpinion.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Thư ký nhập ý kiến bằng văn bản của thành viên vắng mặt, thành phiếu có đánh dấu");
        items.MapPost("/{id:guid}/paper-counts", (AppDbContext db, CurrentUser user, Guid id, PaperCountInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => EnterPaperCount.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Nhập kết quả kiểm phiếu giấy; lần 2 do tài khoản khác nhập lại, khác nhau thì báo từng trường và không lưu");
        items.MapGet("/{id:guid}/tally", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetTally.HandleAsync(db, user, id, ct)))
            .WithSummary("Kết quả của nội dung (chỉ sau khi kết thúc biểu quyết): số phiếu, cơ sở tính, tỷ lệ, đạt/không đạt, quy tắc và căn cứ");
        items.MapGet("/{id:guid}/receipts/{code}", async (AppDbContext db, CurrentUser user, Guid id, string code, CancellationToken ct) =>
                ApiResults.Ok(await CheckReceipt.HandleAsync(db, user, id, code, ct)))
            .WithSummary("Kiểm tra phiếu có mã biên nhận đã được ghi nhận");
        return api;
    }
}
