using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Consultations;

public static class ConsultationsApi
{
    private const string Tag = "Lấy ý kiến (Consultations)";

    public static RouteGroupBuilder MapConsultationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/nominations/dossiers/{id:guid}/consultations", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await ListConsultations.HandleAsync(db, user, id, ct)))
            .WithTags(Tag)
            .WithSummary("Các yêu cầu lấy ý kiến về một hồ sơ: cơ quan được hỏi, hạn trả lời (ngày làm việc, căn cứ), tình trạng bằng lời");
        api.MapPost("/nominations/dossiers/{id:guid}/consultations", (AppDbContext db, WorkingDays workingDays, CurrentUser user, Guid id, RequestInput input,
                CancellationToken ct) => ApiResults.Create(input, () => RequestOpinion.HandleAsync(db, workingDays, user, id, input, ct),
                c => $"/api/v1/consultations/{c.Id}"))
            .WithTags(Tag)
            .WithSummary("Cấp đang giữ hồ sơ gửi yêu cầu lấy ý kiến (mặc định 10 ngày làm việc, Điều 34 Nghị định 152/2025/NĐ-CP) về hồ sơ hoặc một người, tập thể");
        var consultations = api.MapGroup("/consultations").WithTags(Tag);
        consultations.MapPost("/{id:guid}/answer", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, AnswerInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => RecordAnswer.HandleAsync(db, user, id, input, ifMatch.Version, ct), c => c.Version))
            .WithSummary("Ghi nhận văn bản trả lời: ý kiến (nhất trí / không nhất trí / ý kiến khác, hai loại sau phải ghi nội dung), số và ngày văn bản");
        consultations.MapGet("/addressed", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                ApiResults.Ok<AddressedListDto>(await ListAddressed.HandleAsync(db, user, ct)))
            .WithSummary("Các đề nghị cho ý kiến gửi tới đơn vị của người gọi: mọi đề nghị còn phải trả lời (hạn gần trước), rồi 50 đề nghị khác gần nhất (đã trả lời, hoặc hồ sơ không còn ở bước xét)");
        consultations.MapPost("/{id:guid}/reply", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, ReplyInput input,
                CancellationToken ct) => ApiResults.WriteVersioned(http, input, () => ReplyToConsultation.HandleAsync(db, user, id, input, ifMatch.Version, ct),
                r => r.Request.Version))
            .WithSummary("Đơn vị được hỏi trả lời ngay trong DanVan: ý kiến (không nhất trí / ý kiến khác phải ghi nội dung), số văn bản của đơn vị nếu có; "
                + "ghi ngày hôm nay, người trả lời, trả lời muộn nếu quá hạn; cơ quan đã hỏi được thông báo");
        consultations.MapPost("/{id:guid}/silence", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await RecordSilence.HandleAsync(db, user, id, ifMatch.Version, ct), c => c.Version))
            .WithSummary("Hết hạn mà không có trả lời: ghi nhận “không trả lời trong thời hạn” (không coi là nhất trí)");
        return api;
    }
}
