using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Ratings;

public static class RatingsApi
{
    public static RouteGroupBuilder MapRatingsApi(this RouteGroupBuilder api)
    {
        var ratings = api.MapGroup("/ratings").WithTags("Xếp loại cán bộ (Ratings)");
        ratings.MapGet("/", async (AppDbContext db, CurrentUser user, int? year, Guid? unitId, string? q, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListRatings.HandleAsync(db, user, new(year, unitId, q, limit, cursor), ct)))
            .WithSummary("Xếp loại chất lượng cán bộ theo năm: mọi người trong phạm vi được xem, kèm mức xếp loại (nếu đã có)");

        var people = api.MapGroup("/people").WithTags("Xếp loại cán bộ (Ratings)");
        people.MapGet("/{id:guid}/ratings", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetPersonRatings.HandleAsync(db, user, id, ct)))
            .WithSummary("Xếp loại các năm của một người (kèm lịch sử thay đổi) và các quyết định kỷ luật");
        people.MapPut("/{id:guid}/ratings/{year:int}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, int year,
                    RatingInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => RatePerson.HandleAsync(db, user, id, year, input, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Nhập hoặc sửa xếp loại một người trong một năm (sửa mức đã có phải kèm lý do; If-Match theo ETag)");
        people.MapGet("/{id:guid}/disciplines", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await ListDisciplinesAsync(db, user, id, ct)))
            .WithSummary("Các quyết định kỷ luật của một người");
        people.MapPost("/{id:guid}/disciplines", (AppDbContext db, CurrentUser user, Guid id, DisciplineInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => RecordDiscipline.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Ghi nhận một quyết định kỷ luật (hình thức, số và ngày quyết định, thời gian thi hành)");
        return api;
    }

    private static async Task<Result<IReadOnlyList<DisciplineDto>>> ListDisciplinesAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var detail = await GetPersonRatings.HandleAsync(db, user, id, ct);
        return detail.Error is { } error ? error : Result<IReadOnlyList<DisciplineDto>>.From(detail.Value!.Disciplines);
    }
}
