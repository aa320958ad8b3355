using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.People;

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people").WithTags("Cán bộ, công chức (People)");
        g.MapGet("/", async (AppDbContext db, CurrentUser user, string? q, Guid? unitId, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListPeople.HandleAsync(db, user, new(q, unitId, limit, cursor), ct)))
            .WithSummary("Danh sách người trong phạm vi được xem (tìm không dấu: \"nguyen van an\" tìm thấy \"Nguyễn Văn Ấn\")");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetPerson.HandleAsync(db, user, id, ct), p => p.Person.Version))
            .WithSummary("Chi tiết một người");
        g.MapPost("/", (AppDbContext db, CurrentUser user, PersonInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreatePerson.HandleAsync(db, user, input, ct), p => $"/api/v1/people/{p.Id}"))
            .WithSummary("Thêm người");
        g.MapPut("/{id:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, PersonInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => UpdatePerson.HandleAsync(db, user, id, input, ifMatch.Version, ct), p => p.Version))
            .WithSummary("Sửa thông tin người (không đổi đơn vị)");
        g.MapPost("/{id:guid}/transfer", (AppDbContext db, CurrentUser user, Guid id, TransferPerson.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => TransferPerson.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Điều động sang đơn vị khác");
        return api;
    }
}
