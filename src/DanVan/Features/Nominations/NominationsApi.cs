using DanVan.Features.Awards;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Nominations;

public static class NominationsApi
{
    private const string Tag = "Đợt xét, hồ sơ đề nghị khen thưởng (Nominations)";

    public static RouteGroupBuilder MapNominationsApi(this RouteGroupBuilder api)
    {
        var rounds = api.MapGroup("/nominations/rounds").WithTags(Tag);
        rounds.MapGet("/", async (AppDbContext db, CurrentUser user, CancellationToken ct) => TypedResults.Ok(await ListRounds.HandleAsync(db, user, ct)))
            .WithSummary("Các đợt xét khen thưởng của tỉnh, năm mới nhất trước");
        rounds.MapPost("/", (AppDbContext db, CurrentUser user, RoundInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateRound.HandleAsync(db, user, input, ct), r => $"/api/v1/nominations/rounds/{r.Id}"))
            .WithSummary("Sở Nội vụ mở đợt xét: năm, loại, danh hiệu/hình thức được xét, hạn (ngày cụ thể hoặc số ngày làm việc kể từ ngày mở đợt)");
        rounds.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetRound.HandleAsync(db, user, id, ct), r => r.Version))
            .WithSummary("Một đợt xét: danh hiệu được xét, hạn từng cấp, số hồ sơ theo trạng thái");
        rounds.MapPost("/{id:guid}/close", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await CloseRound.HandleAsync(db, user, id, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Sở Nội vụ kết thúc đợt xét (không nhận, sửa, chuyển hồ sơ nữa)");
        rounds.MapGet("/{id:guid}/dossiers", async (AppDbContext db, CurrentUser user, Guid id, DossierStatus? status, int? limit, string? cursor,
                CancellationToken ct) => ApiResults.Ok(await ListDossiers.HandleAsync(db, user, id, status, limit, cursor, ct)))
            .WithSummary("Các hồ sơ của đợt mà người gọi được xem (của đơn vị mình; đã gửi đến cấp mình), lọc theo trạng thái");
        rounds.MapPost("/{id:guid}/dossiers", (AppDbContext db, CurrentUser user, Guid id, DossierInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateDossier.HandleAsync(db, user, id, input, ct), d => $"/api/v1/nominations/dossiers/{d.Id}"))
            .WithSummary("Đơn vị lập hồ sơ đề nghị khen thưởng trong đợt (một hồ sơ mỗi đơn vị)");
        rounds.MapPost("/{id:guid}/accept", (AppDbContext db, CurrentUser user, Guid id, BulkAcceptInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => AcceptDossiers.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Tiếp nhận nhiều hồ sơ cùng lúc (tất cả hoặc không hồ sơ nào; từng hồ sơ vẫn được kiểm tra)");

        var dossiers = api.MapGroup("/nominations/dossiers").WithTags(Tag);
        dossiers.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetDossier.HandleAsync(db, user, id, ct), d => d.Version))
            .WithSummary("Một hồ sơ: người, tập thể được đề nghị với bảng kiểm tra tiêu chuẩn, báo cáo, tệp, thành phần còn thiếu, nội dung trả lại, thay đổi, lịch sử");
        dossiers.MapPost("/{id:guid}/nominees", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, NomineeInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => AddNominee.HandleAsync(db, user, id, input, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Đơn vị thêm cá nhân (personId) hoặc tập thể (unitId) được đề nghị một danh hiệu/hình thức của đợt; bảng kiểm tra tiêu chuẩn được lưu kèm");
        dossiers.MapDelete("/{id:guid}/nominees/{nomineeId:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id,
                Guid nomineeId, CancellationToken ct) =>
                ApiResults.Versioned(http, await RemoveNominee.HandleAsync(db, user, id, nomineeId, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Đơn vị bỏ một người, tập thể khỏi hồ sơ (khi còn được sửa)");
        dossiers.MapPut("/{id:guid}/nominees/{nomineeId:guid}/report", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id,
                Guid nomineeId, ReportInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SaveNomineeReport.HandleAsync(db, user, id, nomineeId, input, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Đơn vị lưu báo cáo thành tích của một người, tập thể: các mục và phần trình bày");
        dossiers.MapGet("/{id:guid}/nominees/{nomineeId:guid}/proof", async (AppDbContext db, CurrentUser user, Guid id, Guid nomineeId, CancellationToken ct) =>
                ApiResults.Ok(await GetProofSheet.HandleAsync(db, user, id, nomineeId, ct)))
            .WithSummary("Bảng kiểm tra tiêu chuẩn đã lưu, bảng đánh giá lại hôm nay và các tiêu chuẩn đổi kết quả");
        dossiers.MapPost("/{id:guid}/attachments", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id,
                [FromForm] DossierDocument? document, [FromForm] Guid? nomineeId, IFormFile? file, CancellationToken ct) =>
                ApiResults.Versioned(http, await AddDossierAttachment.HandleAsync(db, user, id, document, nomineeId, file, ifMatch.Version, ct), d => d.Version))
            .DisableAntiforgery()
            .WithSummary($"Đơn vị đính kèm tệp (document: thành phần hồ sơ; nomineeId tùy chọn; PDF, DOCX, JPG, PNG kiểm tra theo nội dung, tối đa {FileCheck.MaxMegabytes} MB)");
        dossiers.MapGet("/{id:guid}/attachments/{attachmentId:guid}", (AppDbContext db, CurrentUser user, Guid id, Guid attachmentId, CancellationToken ct) =>
                DownloadDossierAttachment.HandleAsync(db, user, id, attachmentId, ct))
            .WithSummary("Tải tệp đính kèm của hồ sơ (luôn tải về; ghi nhật ký)");
        dossiers.MapDelete("/{id:guid}/attachments/{attachmentId:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id,
                Guid attachmentId, CancellationToken ct) =>
                ApiResults.Versioned(http, await RemoveDossierAttachment.HandleAsync(db, user, id, attachmentId, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Đơn vị gỡ một tệp (khi còn được sửa; lịch sử vẫn ghi lại)");
        dossiers.MapPost("/{id:guid}/submit", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await SubmitDossier.HandleAsync(db, user, id, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Đơn vị gửi hồ sơ lên cấp trên (đủ thành phần, trong hạn; đánh giá lại tiêu chuẩn; cấp số Tờ trình)");
        dossiers.MapPost("/{id:guid}/return", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, ReturnInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => ReturnDossier.HandleAsync(db, user, id, input, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Cấp đang giữ hồ sơ trả lại: từng nội dung nêu người, tập thể (tùy chọn), yêu cầu (tiêu chuẩn, thành phần hồ sơ, khác) và lý do");
        dossiers.MapPost("/{id:guid}/accept", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, NoteInput? input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => AcceptDossier.HandleAsync(db, user, id, input, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Cấp đang giữ hồ sơ tiếp nhận: chuyển lên cấp trên, hoặc (Sở Nội vụ) tiếp nhận hồ sơ");
        dossiers.MapPost("/{id:guid}/withdraw", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, NoteInput? input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => WithdrawDossier.HandleAsync(db, user, id, input, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Đơn vị rút hồ sơ (trước khi Sở Nội vụ tiếp nhận)");
        return api;
    }
}
