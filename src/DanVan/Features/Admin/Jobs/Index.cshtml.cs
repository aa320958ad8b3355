using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Jobs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Admin.Jobs;

/// <summary>Administrators see the province's background jobs (queue, failures with their error) and retry a failed one.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public JobStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int? PageNumber { get; set; }

    public ListJobs.JobList Jobs { get; private set; } = null!;
    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Jobs = await ListJobs.HandleAsync(db, CurrentUser.Require(User), Status, PageNumber, ct);

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        var user = CurrentUser.Require(User);
        var job = await (await JobAccess.ManagedAsync(db, user, ct)).FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null)
        {
            return NotFound();
        }

        Notice = job.Retry(db.Time.GetUtcNow().UtcDateTime) ? "Đã đưa việc trở lại hàng đợi." : "Chỉ chạy lại được việc đã thất bại.";
        await db.SaveChangesAsync(ct);
        Jobs = await ListJobs.HandleAsync(db, user, Status, PageNumber, ct);
        return Page();
    }
}
