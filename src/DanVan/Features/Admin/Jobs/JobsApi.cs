using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Admin.Jobs;

public static class JobsApi
{
    private static readonly AppError Missing = AppError.NotFound("việc nền");

    public static RouteGroupBuilder MapJobsApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Việc nền (Jobs)");
        jobs.MapGet("/{id:guid}", async Task<Results<Ok<JobDto>, ProblemHttpResult>> (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                await (await JobAccess.VisibleAsync(db, user, ct)).FirstOrDefaultAsync(j => j.Id == id, ct) is { } job
                    ? TypedResults.Ok(JobViews.ToDto(job))
                    : Missing.ToProblem())
            .WithSummary("Tiến độ một việc nền (0–100 %, thông điệp, kết quả): người đã bắt đầu việc và quản trị của tỉnh");
        jobs.MapGet("/{id:guid}/result", async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> (AppDbContext db, CurrentUser user, JobResults results,
                Guid id, CancellationToken ct) =>
            {
                var job = await (await JobAccess.VisibleAsync(db, user, ct)).FirstOrDefaultAsync(j => j.Id == id && j.Status == JobStatus.Succeeded, ct);
                return job is not null && results.PathOf(job) is { } path
                    ? TypedResults.PhysicalFile(path, "application/octet-stream", job.ResultFileName)
                    : Missing.ToProblem();
            })
            .WithSummary("Tải tệp kết quả của một việc nền đã hoàn thành");

        var admin = api.MapGroup("/admin/jobs").WithTags("Việc nền (Jobs)").RequireAuthorization(PermissionRequirement.PolicyName(Permission.ManageUsers));
        admin.MapGet("", async (AppDbContext db, CurrentUser user, JobStatus? status, int? page, CancellationToken ct) =>
                TypedResults.Ok(await ListJobs.HandleAsync(db, user, status, page, ct)))
            .WithSummary("Hàng đợi việc nền của tỉnh (quản trị): lọc theo trạng thái, mới nhất trước");
        admin.MapPost("/{id:guid}/retry", async Task<Results<Ok<JobDto>, ProblemHttpResult>> (AppDbContext db, CurrentUser user, Guid id,
                CancellationToken ct) =>
            {
                var job = await (await JobAccess.ManagedAsync(db, user, ct)).FirstOrDefaultAsync(j => j.Id == id, ct);
                if (job is null)
                {
                    return Missing.ToProblem();
                }

                if (!job.Retry(db.Time.GetUtcNow().UtcDateTime))
                {
                    return new AppError("job.not_failed", "Chỉ chạy lại được việc đã thất bại.", null, ErrorKind.Conflict).ToProblem();
                }

                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(JobViews.ToDto(job));
            })
            .WithSummary("Chạy lại một việc nền đã thất bại (quản trị)");
        return api;
    }
}
