using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

public static class UnitsApi
{
    public static RouteGroupBuilder MapUnitsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/units").WithTags("Đơn vị (Units)");
        g.MapGet("/", async (AppDbContext db, CurrentUser user, string? q, Guid? unitId, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListUnits.HandleAsync(db, user, new(q, unitId, limit, cursor), ct)))
            .WithSummary("Danh sách đơn vị trong phạm vi được xem (tìm không dấu, cây con, phân trang keyset)");
        g.MapGet("/{id:guid}", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetUnit.HandleAsync(db, user, id, ct)))
            .WithSummary("Chi tiết một đơn vị");
        g.MapPost("/", (AppDbContext db, CurrentUser user, UnitInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateUnit.HandleAsync(db, user, input, ct), u => $"/api/v1/units/{u.Id}"))
            .WithSummary("Tạo đơn vị");
        g.MapPut("/{id:guid}", (AppDbContext db, CurrentUser user, Guid id, UnitInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => UpdateUnit.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Sửa đơn vị");
        g.MapPost("/{id:guid}/move", (AppDbContext db, CurrentUser user, Guid id, MoveUnit.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => MoveUnit.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Chuyển đơn vị sang đơn vị cấp trên khác");
        g.MapPost("/merge", (AppDbContext db, CurrentUser user, MergeUnits.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => MergeUnits.HandleAsync(db, user, input, ct)))
            .WithSummary("Sáp nhập đơn vị");
        g.MapPost("/{id:guid}/dissolve", (AppDbContext db, CurrentUser user, Guid id, DissolveUnit.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => DissolveUnit.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Giải thể đơn vị; công việc đang dở chuyển cho đơn vị kế thừa");
        g.MapPost("/{id:guid}/split", (AppDbContext db, CurrentUser user, Guid id, SplitUnit.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => SplitUnit.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Chia, tách đơn vị cho nhiều đơn vị kế thừa");
        g.MapPost("/{id:guid}/transfer-part", (AppDbContext db, CurrentUser user, Guid id, TransferUnitPart.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => TransferUnitPart.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Điều chỉnh một phần đơn vị sang đơn vị khác");
        g.MapPost("/{id:guid}/pending-handover/cancel", (AppDbContext db, CurrentUser user, Guid id, CancelPendingHandover.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => CancelPendingHandover.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Hủy việc chuyển giao công việc đang chờ ngày sắp xếp có hiệu lực (cần lý do)");
        g.MapGet("/{id:guid}/lineage", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await GetLineage.HandleAsync(db, user, id, ct)))
            .WithSummary("Các đơn vị tiền thân (đệ quy, có ngày hiệu lực) của một đơn vị");
        api.MapGet("/unit-kinds", async (AppDbContext db, CurrentUser user, CancellationToken ct) =>
            {
                var tenantId = user.TenantId;
                return TypedResults.Ok(await db.UnitKinds.AsNoTracking().Where(k => k.TenantId == tenantId).OrderBy(k => k.SortOrder)
                    .Select(k => new UnitKindDto(k.Id, k.Code, k.Name)).ToListAsync(ct));
            })
            .WithTags("Đơn vị (Units)").WithSummary("Các loại đơn vị của tỉnh");
        return api;
    }
}

public sealed record UnitKindDto(Guid Id, string Code, string Name);
