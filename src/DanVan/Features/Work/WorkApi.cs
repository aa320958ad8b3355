using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Work;

public static class WorkApi
{
    public static RouteGroupBuilder MapWorkApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me/work", async (AppDbContext db, CurrentUser user, IEnumerable<IWorkProvider> providers, WorkSettings settings, int? page,
                    int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await GetMyWork.HandleAsync(db, user, providers, settings, page, pageSize, ct)))
            .WithTags("Tài khoản (Accounts)")
            .WithSummary("Việc cần xử lý của tôi: kế hoạch phải ban hành, mô hình chờ chấm điểm, đăng ký chờ duyệt, thông báo gia hạn, miễn — "
                + "quá hạn trước, rồi theo hạn; chỉ các đơn vị trong phân quyền của người dùng");
        return api;
    }
}
