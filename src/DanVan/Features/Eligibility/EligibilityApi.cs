using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Eligibility;

public static class EligibilityApi
{
    public static RouteGroupBuilder MapEligibilityApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/eligibility").WithTags("Kiểm tra tiêu chuẩn khen thưởng (Eligibility)");
        g.MapGet("/sheet", async (AppDbContext db, CurrentUser user, Guid awardKindId, Guid? personId, Guid? unitId, int? year, DateOnly? date,
                    Guid? movementId, CancellationToken ct) =>
                ApiResults.Ok(await GetProofSheet.HandleAsync(db, user, new GetProofSheet.Query(awardKindId, personId, unitId, year, date, movementId), ct)))
            .WithSummary("Bảng kiểm tra tiêu chuẩn của một cá nhân (personId) hoặc tập thể (unitId) với một danh hiệu, hình thức: từng tiêu chuẩn đạt / "
                + "không đạt / chưa xác định được, các dữ kiện đã dùng (kèm liên kết) và căn cứ; theo phiên bản áp dụng vào ngày đề nghị date; "
                + "movementId thêm các tiêu chuẩn của phong trào");
        g.MapGet("/qualifies", async (AppDbContext db, CurrentUser user, Guid awardKindId, Guid? unitId, AwardSubject? subject, int? year, DateOnly? date,
                    Verdict? verdict, string? q, int? page, Guid? movementId, CancellationToken ct) =>
                ApiResults.Ok(await WhoQualifies.HandleAsync(db, user, new WhoQualifies.Query(awardKindId, unitId, subject, year, date, verdict, q, page,
                    movementId), ct)))
            .WithSummary($"Ai đủ tiêu chuẩn: mọi cá nhân hoặc tập thể trong phạm vi đơn vị unitId với kết quả và tiêu chuẩn quyết định, số lượng, tỷ lệ tối đa; "
                + $"lọc theo verdict và q (không dấu), trang {WhoQualifies.PageSize} dòng; movementId thêm các tiêu chuẩn của phong trào");
        return api;
    }
}
