using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>The public, printable rules (thể lệ) of an open contest, written from its configuration.</summary>
[AllowAnonymous]
public sealed class RulesModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public RulesDto Rules { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var rules = await GetRules.HandleAsync(db, Id, ct);
        if (rules.Error is not null)
        {
            return NotFound();
        }

        Rules = rules.Value!;
        return Page();
    }
}
