using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Clusters;

public static class ClustersApi
{
    public static RouteGroupBuilder MapClustersApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/clusters").WithTags("Cụm, khối thi đua (Clusters)");
        g.MapGet("/", async (AppDbContext db, CurrentUser user, int? year, CancellationToken ct) =>
                ApiResults.Ok(await ListClusters.HandleAsync(db, user, year, ct)))
            .WithSummary("Các cụm, khối thi đua của một năm (mặc định năm nay)");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetCluster.HandleAsync(db, user, id, ct), c => c.Version))
            .WithSummary("Một cụm, khối: thành viên (trưởng, phó), văn bản thành lập, lịch sử");
        g.MapPost("/", (AppDbContext db, CurrentUser user, ClusterInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateCluster.HandleAsync(db, user, input, ct), c => $"/api/v1/clusters/{c.Id}"))
            .WithSummary("Thành lập cụm hoặc khối thi đua cho một năm");
        g.MapPost("/copy", (AppDbContext db, CurrentUser user, CopyInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => CopyClusters.HandleAsync(db, user, input, ct)))
            .WithSummary("Sao chép các cụm, khối của một năm sang năm chưa có (đơn vị đã sáp nhập được thay bằng đơn vị kế thừa)");
        g.MapPost("/{id:guid}/members", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, MemberInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => ChangeClusterMembers.AddAsync(db, user, id, input, ifMatch.Version, ct), c => c.Version))
            .WithSummary("Thêm đơn vị vào cụm, khối (mỗi đơn vị thuộc tối đa một cụm và một khối mỗi năm)");
        g.MapDelete("/{id:guid}/members/{unitId:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, Guid unitId,
                    string? reason, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, new { }, () => ChangeClusterMembers.RemoveAsync(db, user, id, unitId, reason, ifMatch.Version, ct), c => c.Version))
            .WithSummary("Rút đơn vị khỏi cụm, khối (bắt buộc lý do: ?reason=…)");
        g.MapPut("/{id:guid}/leader", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, LeadersInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => ChangeClusterMembers.SetLeadersAsync(db, user, id, input, ifMatch.Version, ct), c => c.Version))
            .WithSummary("Đặt đơn vị trưởng và phó cụm, khối (phải là thành viên; thay đổi phải kèm lý do)");
        return api;
    }
}
