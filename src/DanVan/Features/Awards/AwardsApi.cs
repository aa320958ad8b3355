using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

public static class AwardsApi
{
    public static RouteGroupBuilder MapAwardsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/awards").WithTags("Danh mục khen thưởng (Awards)");
        g.MapGet("/kinds", async (AppDbContext db, CurrentUser user, DateOnly? on, CancellationToken ct) =>
                ApiResults.Ok(await ListAwardKinds.HandleAsync(db, user, on, ct)))
            .WithSummary("Danh mục danh hiệu thi đua, hình thức khen thưởng của tỉnh, mỗi mục với phiên bản áp dụng vào ngày on (mặc định hôm nay) và mọi phiên bản");
        g.MapGet("/kinds/{id:guid}", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetAwardKind.HandleAsync(db, user, id, ct)))
            .WithSummary("Một danh hiệu, hình thức: các phiên bản theo ngày áp dụng (thẩm quyền, hệ số tiền thưởng, hồ sơ, tiêu chuẩn, tỷ lệ, biểu quyết, công khai, căn cứ)");
        g.MapPost("/kinds", (AppDbContext db, CurrentUser user, AwardKindInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateAwardKind.HandleAsync(db, user, input, ct), k => $"/api/v1/awards/kinds/{k.Id}"))
            .WithSummary("Sở Nội vụ thêm danh hiệu, hình thức vào danh mục của tỉnh, với phiên bản đầu tiên (bắt buộc căn cứ)");
        g.MapPost("/kinds/{id:guid}/versions", (AppDbContext db, CurrentUser user, Guid id, AwardTermsInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => ReviseAwardKind.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Sở Nội vụ ban hành phiên bản mới từ một ngày (bắt buộc căn cứ); các phiên bản cũ giữ nguyên cho hồ sơ đã xét");
        g.MapGet("/base-salaries", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                ApiResults.Ok(await BaseSalaryTable.ListAsync(db, user, ct)))
            .WithSummary("Bảng mức lương cơ sở theo ngày áp dụng, với căn cứ; mức đang áp dụng được đánh dấu");
        g.MapPost("/base-salaries", (AppDbContext db, CurrentUser user, BaseSalaryInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => BaseSalaryTable.AddAsync(db, user, input, ct), _ => "/api/v1/awards/base-salaries"))
            .WithSummary("Sở Nội vụ, quản trị tỉnh thêm mức lương cơ sở mới từ một ngày (đồng/tháng, chẵn nghìn; bắt buộc căn cứ)");
        g.MapGet("/prize", async (AppDbContext db, CurrentUser user, Guid awardKindId, AwardSubject? subject, DateOnly? date, CancellationToken ct) =>
                ApiResults.Ok(await ComputePrize.HandleAsync(db, user, awardKindId, subject ?? AwardSubject.Individual, date, ct)))
            .WithSummary("Tiền thưởng của một danh hiệu, hình thức cho cá nhân / tập thể / hộ gia đình nếu quyết định vào ngày date: hệ số × mức lương cơ sở, làm tròn lên hàng chục nghìn, kèm cách tính và căn cứ");
        return api;
    }
}
