using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Decisions;

/// <summary>The decisions the user sees (paged, newest first) and, for those who may draft one, the form to draft from a round's approved list.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public DecisionPageDto Decisions { get; private set; } = new([], null);
    public IReadOnlyList<(Guid Id, string Name)> Rounds { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Submitters { get; private set; } = [];

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await CreateDecision.HandleAsync(db, Me, Input, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), aboutPageObject: false);
        }

        TempData["Message"] = $"Đã lập dự thảo quyết định với {result.Value!.Awardees.Count} người, tập thể.";
        return Redirect($"/Decisions/Details/{result.Value.Id}");
    }

    public static IReadOnlyList<DecidingAuthority> Authorities { get; } = Enum.GetValues<DecidingAuthority>();

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var page = await ListDecisions.HandleAsync(db, Me, null, Cursor, ct);
        if (page.Error is { } error)
        {
            return this.ToPage(error);
        }

        Decisions = page.Value!;
        var tenantId = Me.TenantId;
        Units = (await db.Units.AsNoTracking().VisibleTo(db, Me, Permission.ManageAwardRecords).OrderBy(u => u.Depth).ThenBy(u => u.SortOrder).Take(300)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
        if (Units.Count > 0)
        {
            Rounds = (await db.NominationRounds.AsNoTracking().Where(r => r.TenantId == tenantId).OrderByDescending(r => r.Year).ThenBy(r => r.Name).Take(50)
                .Select(r => new { r.Id, r.Name }).ToListAsync(ct)).Select(r => (r.Id, r.Name)).ToList();
            Submitters = (await db.Units.AsNoTracking().VisibleTo(db, Me, Permission.ViewUnits).Where(u => u.Depth <= 2).OrderBy(u => u.Depth).ThenBy(u => u.SortOrder)
                .Take(300).Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
        }

        return null;
    }
}
