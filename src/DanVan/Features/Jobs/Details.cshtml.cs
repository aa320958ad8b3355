using DanVan.Features.Accounts;
using DanVan.Features.Admin.Jobs;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Jobs;

/// <summary>The progress of one background job, for whoever started it (and the province's administrators); refreshes itself until done.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public JobDto Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var job = await (await JobAccess.VisibleAsync(db, CurrentUser.Require(User), ct)).FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null)
        {
            return NotFound();
        }

        Job = JobViews.ToDto(job);
        return Page();
    }
}
