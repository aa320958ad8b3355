using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Models;

public static class ModelProgressApi
{
    public static RouteGroupBuilder MapModelProgressApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/models").WithTags("Mô hình “Dân vận khéo” (Models)");
        g.MapGet("/{id:guid}/timeline", async (AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetTimeline.HandleAsync(db, user, indicators, id, ct)))
            .WithSummary("Tiến độ thực hiện (theo thời gian, kèm chỉ tiêu), minh chứng và điểm thẩm định của mô hình");
        g.MapPost("/{id:guid}/progress", (AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id, ProgressInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => AddProgress.HandleAsync(db, user, indicators, id, input, null, ct)))
            .WithSummary("Báo cáo tiến độ: nội dung và giá trị các chỉ tiêu (đơn vị chủ trì)");
        g.MapPost("/{id:guid}/evidence", async (AppDbContext db, CurrentUser user, Guid id, Guid? progressId, IFormFile? file, CancellationToken ct) =>
                ApiResults.Ok(await AddEvidence.HandleAsync(db, user, id, progressId, file, ct)))
            .DisableAntiforgery()
            .WithSummary($"Tải lên minh chứng (ảnh JPEG/PNG hoặc PDF, kiểm tra theo nội dung tệp, tối đa {Infrastructure.Files.FileCheck.MaxMegabytes} MB)");
        g.MapGet("/{id:guid}/evidence/{evidenceId:guid}", (AppDbContext db, CurrentUser user, Guid id, Guid evidenceId, CancellationToken ct) =>
                DownloadEvidence.HandleAsync(db, user, id, evidenceId, ct))
            .WithSummary("Tải minh chứng (luôn tải về, không mở trực tiếp)");
        g.MapPost("/{id:guid}/reviews", (AppDbContext db, CurrentUser user, ModelIndicators indicators, Guid id, ReviewInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => ScoreModel.HandleAsync(db, user, indicators, id, input, ct)))
            .WithSummary("Chấm điểm mô hình đề nghị công nhận: trung thực, hiệu quả – lan tỏa, bền vững, khả năng nhân rộng (1–10) và nhận xét; chấm lại thay phiếu trước của mình (phiếu cũ lưu trong lịch sử)");
        g.MapPost("/{id:guid}/publish", (AppDbContext db, CurrentUser user, Guid id, PublishModel.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => PublishModel.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Công bố công khai (hoặc thôi công bố, kèm lý do) một mô hình đã công nhận (cơ quan thẩm định)");
        g.MapGet("/recognition-queue", async (AppDbContext db, CurrentUser user, Guid? movementId, string? q, CancellationToken ct) =>
                ApiResults.Ok(await RecognitionQueue.HandleAsync(db, user, movementId, q, ct)))
            .WithSummary("Mô hình đang đề nghị công nhận tại các đơn vị mình thẩm định, kèm số phiếu và điểm bình quân (tối đa 500)");
        g.MapPost("/recognitions", (AppDbContext db, CurrentUser user, BatchRecognitionInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => RecogniseModels.HandleAsync(db, user, input, ct)))
            .WithSummary("Công nhận (hoặc không công nhận, kèm lý do) một đợt mô hình theo một quyết định của cơ quan có thẩm quyền, cho năm thành tích: tất cả hoặc không");
        return api;
    }
}
