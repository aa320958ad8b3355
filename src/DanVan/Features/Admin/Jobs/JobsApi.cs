using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Jobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Admin.Jobs;

public static class JobsApi
{
    public static RouteGroupBuilder MapJobsApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Việc nền (Jobs)");
        jobs.MapGet("/{id:guid}", async Task<Results<Ok<JobDto>, NotFound>> (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                await (await JobAccess.VisibleAsync(db, user, ct)).FirstOrDefaultAsync(j => j.Id == id, ct) is { } job
                    ? TypedResults.Ok(JobViews.ToDto(job))
                    : TypedResults.NotFound())
            .WithSummary("Tiến độ một việc nền (0–100 %, thông điệp, kết quả): người đã bắt đầu việc và quản trị của tỉnh");
        jobs.MapGet("/{id:guid}/result", async Task<Results<PhysicalFileHttpResult, NotFound>> (AppDbContext db, CurrentUser user, JobResults results,
                Guid id, CancellationToken ct) =>
            {
                var job = await (await JobAccess.VisibleAsync(db, user, ct)).FirstOrDefaultAsync(j => j.Id == id && j.Status == JobStatus.Succeeded, ct);
                return job is not null && results.PathOf(job) is { } path
                    ? TypedResults.PhysicalFile(path, "application/octet-stream", job.ResultFileName)
                    : TypedResults.NotFound();
            })
            .WithSummary("Tải tệp kết quả của một việc nền đã hoàn thành");

        var admin = api.MapGroup("/admin/jobs").WithTags("Việc nền (Jobs)").RequireAuthorization(PermissionRequirement.PolicyName(Permission.ManageUsers));
        admin.MapGet("", async (AppDbContext db, CurrentUser user, JobStatus? status, int? page, CancellationToken ct) =>
                TypedResults.Ok(await ListJobs.HandleAsync(db, user, status, page, ct)))
            .WithSummary("Hàng đợi việc nền của tỉnh (quản trị): lọc theo trạng thái, mới nhất trước");
        admin.MapPost("/{id:guid}/retry", async Task<Results<Ok<JobDto>, NotFound, Conflict<string>>> (AppDbContext db, CurrentUser user, Guid id,
                CancellationToken ct) =>
            {
                var job = await (await JobAccess.ManagedAsync(db, user, ct)).FirstOrDefaultAsync(j => j.Id == id, ct);
                if (job is null)
                {
                    return TypedResults.NotFound();
                }

                if (!job.Retry(db.Time.GetUtcNow().UtcDateTime))
                {
                    return TypedResults.Conflict("Chỉ chạy lại được việc đã thất bại.");
                }

                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(JobViews.ToDto(job));
            })
            .WithSummary("Chạy lại một việc nền đã thất bại (quản trị)");
        return api;
    }
}
