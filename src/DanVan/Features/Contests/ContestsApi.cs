using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

public static class ContestsApi
{
    private const string Tag = "Hội thi (Contests)";

    public static RouteGroupBuilder MapContestsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/contests").WithTags(Tag);
        g.MapGet("/", async (AppDbContext db, CurrentUser user, CancellationToken ct) => TypedResults.Ok(await ListContests.HandleAsync(db, user, ct)))
            .WithSummary("Các hội thi (mới nhất trước); hội thi đang soạn thể lệ chỉ hiện với đơn vị chủ trì");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetContest.HandleAsync(db, user, id, ct), c => c.Version))
            .WithSummary("Một hội thi: thể lệ (đối tượng, đội thi, cụm, vòng, phần thi, tiêu chí, cách xếp hạng), các đội thi, lịch sử");
        g.MapPost("/", (AppDbContext db, CurrentUser user, ContestInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateContest.HandleAsync(db, user, input, ct), c => $"/api/v1/contests/{c.Id}"))
            .WithSummary("Tạo hội thi (dự thảo) từ kế hoạch tổ chức: đơn vị chủ trì, thời gian, địa điểm, đơn vị dự thi, đội thi, cụm, vòng, phần thi, tiêu chí");
        g.MapPut("/{id:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, ContestInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => UpdateContest.HandleAsync(db, user, id, input, ifMatch.Version, ct), c => c.Version))
            .WithSummary("Sửa toàn bộ cấu hình hội thi khi chưa công bố thể lệ");
        g.MapPost("/{id:guid}/open", async (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await OpenContest.HandleAsync(db, user, id, ifMatch.Version, ct), c => c.Version))
            .WithSummary("Công bố thể lệ: hội thi hiện với toàn tỉnh, trang thể lệ công khai, các đơn vị đăng ký đội thi");
        g.MapPost("/{id:guid}/teams", (AppDbContext db, CurrentUser user, Guid id, RegisterTeamInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => RegisterTeam.HandleAsync(db, user, id, input, ct), t => $"/api/v1/contests/teams/{t.Id}"))
            .WithSummary("Đơn vị đăng ký (hoặc đăng ký lại sau khi bị trả lại) đội thi trước hạn: thành viên, đội trưởng, dự bị");
        g.MapGet("/teams/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetTeam.HandleAsync(db, user, id, ct), t => t.Version))
            .WithSummary("Một đội thi: thành viên (kể cả người đã được thay), tình trạng, lý do trả lại, lịch sử");
        g.MapPost("/teams/{id:guid}/accept", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, AcceptTeamInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => AcceptTeam.HandleAsync(db, user, id, input, ifMatch.Version, ct), t => t.Version))
            .WithSummary("Ban tổ chức tiếp nhận đội thi, xếp vào cụm thi, đặt mật danh (không bắt buộc)");
        g.MapPost("/teams/{id:guid}/return", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, ReasonInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => ReturnTeam.HandleAsync(db, user, id, input, ifMatch.Version, ct), t => t.Version))
            .WithSummary("Ban tổ chức trả lại đội thi kèm lý do (đơn vị xem lý do và đăng ký lại)");
        g.MapPost("/teams/{id:guid}/substitute", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, SubstituteInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => SubstituteMember.HandleAsync(db, user, id, input, ifMatch.Version, ct), t => t.Version))
            .WithSummary("Thay thành viên của đội đã được tiếp nhận (người thay cùng vai trò, bắt buộc lý do; ghi vào lịch sử)");

        g.MapContestJudgingApi();
        g.MapContestBoardApi();
        g.MapContestResultsApi();
        g.MapContestQuizApi();

        var open = api.MapGroup("/public/contests").WithTags("Công khai (Public)").AllowAnonymous();
        open.MapGet("/{id:guid}/rules", async (AppDbContext db, Guid id, CancellationToken ct) => ApiResults.Ok(await GetRules.HandleAsync(db, id, ct)))
            .WithSummary("Thể lệ của hội thi đã công bố (không cần đăng nhập), sinh từ cấu hình hội thi");
        open.MapPublicContestBoardApi();
        open.MapPublicContestResultsApi();
        open.MapPublicQuizApi();
        return api;
    }
}
