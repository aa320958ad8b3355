using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Registrations;

public static class RegistrationsApi
{
    public static RouteGroupBuilder MapRegistrationsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/movements/{id:guid}/registrations").WithTags("Đăng ký thi đua (Registrations)");
        g.MapGet("/", async (AppDbContext db, CurrentUser user, Guid id, RegistrationStatus? status, bool? missing, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListRegistrations.HandleAsync(db, user, id, new(status, missing, limit, cursor), ct)))
            .WithSummary("Tình hình đăng ký thi đua của các đơn vị tham gia (trong phạm vi được xem)");
        g.MapGet("/export.xlsx", (AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid id, CancellationToken ct) =>
                ExcelHttp.DownloadAsync($"dang-ky-thi-dua-{VnTime.ToLocal(db.Time.GetUtcNow().UtcDateTime):yyyy-MM-dd}.xlsx",
                    s => ExportRegistrations.WriteAsync(db, user, titles, id, s, ct)))
            .WithSummary("Xuất đăng ký thi đua của các đơn vị ra Excel");
        g.MapGet("/{unitId:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, RegistrationTitles titles, Guid id, Guid unitId, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetRegistration.HandleAsync(db, user, titles, id, unitId, ct), r => r.Version))
            .WithSummary("Bản đăng ký thi đua của một đơn vị (rỗng nếu chưa đăng ký)");
        g.MapPut("/{unitId:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, RegistrationTitles titles, Guid id, Guid unitId, RegistrationInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SaveRegistration.HandleAsync(db, user, titles, id, unitId, input, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Lưu bản đăng ký: danh hiệu, mô hình dự kiến, cam kết (trước hạn đăng ký, khi chưa phê duyệt)");
        g.MapPost("/{unitId:guid}/people", (AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid id, Guid unitId, RegisterPeopleInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => RegisterPeople.AddAsync(db, user, titles, id, unitId, input, ct)))
            .WithSummary("Đăng ký danh hiệu cá nhân cho nhiều người của đơn vị cùng lúc");
        g.MapDelete("/{unitId:guid}/people/{personId:guid}", async (AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid id, Guid unitId, Guid personId, CancellationToken ct) =>
                ApiResults.Ok(await RegisterPeople.RemoveAsync(db, user, titles, id, unitId, personId, ct)))
            .WithSummary("Bỏ một người khỏi bản đăng ký");
        g.MapPost("/{unitId:guid}/approve", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, RegistrationTitles titles, Guid id, Guid unitId, CancellationToken ct) =>
                ApiResults.Versioned(http, await ApproveRegistration.ApproveAsync(db, user, titles, id, unitId, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Thủ trưởng đơn vị phê duyệt (khóa) bản đăng ký");
        g.MapPost("/{unitId:guid}/reopen", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, RegistrationTitles titles, Guid id, Guid unitId, ReopenInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => ApproveRegistration.ReopenAsync(db, user, titles, id, unitId, input, ifMatch.Version, ct), r => r.Version))
            .WithSummary("Quản trị phong trào mở lại bản đăng ký đến một ngày");
        api.MapGet("/registration-titles", (RegistrationTitles titles) => TypedResults.Ok(new RegistrationTitlesDto(titles.Collective, titles.Individual)))
            .WithTags("Đăng ký thi đua (Registrations)")
            .WithSummary("Danh mục danh hiệu đăng ký (tập thể, cá nhân)");
        return api;
    }
}

/// <summary>The registration titles a province offers (code → label), for collectives and for individuals.</summary>
public sealed record RegistrationTitlesDto(IReadOnlyDictionary<string, string> Collective, IReadOnlyDictionary<string, string> Individual);
