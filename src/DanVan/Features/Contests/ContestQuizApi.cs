using DanVan.Features.Accounts;
using DanVan.Features.Certificates;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>The quiz answered on devices (issue 17 §3): the organiser's codes and signal, and the team's device, which needs no account — only its code.</summary>
public static class ContestQuizApi
{
    /// <summary>Requests from one address to the devices' routes: <see cref="PerWindow"/> per <see cref="Window"/>, then 429. A hall's tablets often share one address, so the limit is wide; it only stops guessing codes.</summary>
    public const string RateLimit = "contest-quiz";

    public const int PerWindow = 1_200;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static RouteGroupBuilder MapContestQuizApi(this RouteGroupBuilder g)
    {
        g.MapPost("/{id:guid}/parts/{partId:guid}/quiz/seats", async (AppDbContext db, CurrentUser user, Guid id, Guid partId, CancellationToken ct) =>
                ApiResults.Ok(await IssueQuizSeats.HandleAsync(db, user, id, partId, ct)))
            .WithSummary("Ban tổ chức cấp mã làm bài trên thiết bị cho các đội của vòng thi (mỗi đội một mã; cấp lại chỉ thêm mã cho đội chưa có)");
        g.MapPost("/{id:guid}/parts/{partId:guid}/quiz/start", async (AppDbContext db, CurrentUser user, Guid id, Guid partId, CancellationToken ct) =>
                ApiResults.Ok(await StartQuiz.HandleAsync(db, user, id, partId, ct)))
            .WithSummary("Ban tổ chức bắt đầu tính giờ làm bài trắc nghiệm trên thiết bị (thời gian theo thể lệ); từ đây các đội thấy đề, đề không bốc lại được");
        g.MapPost("/{id:guid}/parts/{partId:guid}/quiz/pause", (AppDbContext db, CurrentUser user, Guid id, Guid partId, QuizTimerInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => PauseQuiz.HandleAsync(db, user, id, partId, input, ct)))
            .WithSummary("Ban tổ chức tạm dừng tính giờ (mất điện, mất mạng), ghi lý do; thời gian còn lại của các đội giữ nguyên, thiết bị không nhận bài cho đến khi tính giờ lại");
        g.MapPost("/{id:guid}/parts/{partId:guid}/quiz/resume", async (AppDbContext db, CurrentUser user, Guid id, Guid partId, CancellationToken ct) =>
                ApiResults.Ok(await ResumeQuiz.HandleAsync(db, user, id, partId, ct)))
            .WithSummary("Ban tổ chức tính giờ lại sau khi tạm dừng: giờ kết thúc lùi đúng bằng thời gian tạm dừng");
        g.MapPost("/{id:guid}/parts/{partId:guid}/quiz/extend", (AppDbContext db, CurrentUser user, Guid id, Guid partId, QuizTimerInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => ExtendQuiz.HandleAsync(db, user, id, partId, input, ct)))
            .WithSummary("Ban tổ chức cộng thêm thời gian làm bài cho mọi đội (1–60 phút), ghi lý do; đã hết giờ thì tính từ lúc cộng");
        g.MapGet("/{id:guid}/parts/{partId:guid}/quiz/cards.pdf", async (AppDbContext db, HttpContext http, IConfiguration config, PdfRenderer pdf, CurrentUser user,
                Guid id, Guid partId, CancellationToken ct) =>
                PrintCertificates.Printed.Answer(await PrintQuizCards.HandleAsync(db, user, pdf, id, partId, VerifyLink.Base(http.Request, config), ct)))
            .WithSummary("Ban tổ chức in thẻ mã làm bài cho các đội (PDF, tám thẻ một trang A4: đội, mã, địa chỉ trang làm bài, mã QR)");
        return g;
    }

    public static RouteGroupBuilder MapPublicQuizApi(this RouteGroupBuilder open)
    {
        open.MapGet("/quiz/{code}", async (AppDbContext db, string code, CancellationToken ct) => ApiResults.Ok(await GetQuizSitting.HandleAsync(db, code, ct)))
            .RequireRateLimiting(RateLimit)
            .WithSummary("Thiết bị của đội: trạng thái, thời gian còn lại (theo đồng hồ máy chủ), đề thi (không có đáp án) khi đã bắt đầu, bài đã lưu — theo mã làm bài");
        open.MapPut("/quiz/{code}/answers", (AppDbContext db, string code, DeviceAnswersInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => AnswerOnDevice.HandleAsync(db, code, input, ct)))
            .RequireRateLimiting(RateLimit)
            .WithSummary("Thiết bị của đội lưu bài làm (cả phiếu, mỗi câu một chữ cái, “-” chưa trả lời); chấm tự động; gửi sau khi hết giờ bị từ chối");
        return open;
    }
}
