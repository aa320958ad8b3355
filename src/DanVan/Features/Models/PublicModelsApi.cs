using DanVan.Features.Public;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Models;

/// <summary>The anonymous, cacheable public API: published, recognised models only.</summary>
public static class PublicModelsApi
{
    public const string CacheControl = "public, max-age=300";

    public static RouteGroupBuilder MapPublicModelsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/public/models").WithTags("Công khai (Public)").AllowAnonymous();
        g.MapGet("/", async (AppDbContext db, HttpContext http, string? q, int? limit, string? cursor, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = CacheControl;
                return ApiResults.Ok(await PublicModels.ListAsync(db, q, limit, cursor, ct));
            })
            .CacheOutput(PublicOutput.Policy)
            .WithSummary("Mô hình “Dân vận khéo” đã được công nhận và công bố (không cần đăng nhập)");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, Guid id, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = CacheControl;
                return ApiResults.Ok(await PublicModels.GetAsync(db, id, ct));
            })
            .CacheOutput(PublicOutput.ItemPolicy)
            .WithSummary("Một mô hình đã công bố: nội dung, kết quả, ảnh");
        g.MapGet("/{id:guid}/photos/{photoId:guid}", (AppDbContext db, HttpContext http, Guid id, Guid photoId, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = CacheControl;
                return PublicModels.PhotoAsync(db, id, photoId, ct);
            })
            .CacheOutput(PublicOutput.ItemPolicy)
            .WithSummary("Ảnh minh chứng của một mô hình đã công bố");
        return api;
    }
}
