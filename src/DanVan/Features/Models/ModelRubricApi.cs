using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Models;

public static class ModelRubricApi
{
    public static RouteGroupBuilder MapModelRubricApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/models/rubric").WithTags("Mô hình “Dân vận khéo” (Models)");
        g.MapGet("/", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                ApiResults.Ok(await GetRubric.InForceAsync(db, user, ct)))
            .WithSummary("Bộ tiêu chí chấm điểm mô hình đang áp dụng của tỉnh: các tiêu chí (mã, tên, hướng dẫn, điểm tối đa), điểm tối thiểu, căn cứ");
        g.MapGet("/versions", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
                ApiResults.Ok(await GetRubric.VersionsAsync(db, user, ct)))
            .WithSummary("Mọi phiên bản bộ tiêu chí chấm điểm mô hình của tỉnh, mới nhất trước");
        g.MapPost("/", (AppDbContext db, CurrentUser user, RubricInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => PublishRubric.HandleAsync(db, user, input, ct)))
            .WithSummary("Ban hành phiên bản mới của bộ tiêu chí (cơ quan thẩm định cấp tỉnh): tiêu chí, ngày áp dụng (không trước hôm nay), căn cứ; phiếu đã chấm giữ phiên bản cũ");
        return api;
    }
}
