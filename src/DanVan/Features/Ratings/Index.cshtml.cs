using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Ratings;

/// <summary>/Ratings: the people in scope with their rating of a year; a row the user may rate carries its own small form.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>Years offered in the filter: this year and the five before.</summary>
    public const int YearsBack = 5;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty]
    public RatingInput Input { get; set; } = new();

    public Page<RatingRow> Results { get; private set; } = new([], null);
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public IReadOnlySet<Guid> RatableUnits { get; private set; } = new HashSet<Guid>();
    public bool MayImport { get; private set; }
    public int ThisYear { get; private set; }

    /// <summary>The row whose save was refused: its form shows what the user typed.</summary>
    public Guid? FailedPersonId { get; private set; }

    public int SelectedYear => Year ?? ThisYear;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();

    public async Task<IActionResult> OnPostRateAsync(Guid personId, int? version, CancellationToken ct)
    {
        ThisYear = VnTime.Today(db.Time).Year;
        if (ModelState.IsValid)
        {
            var result = await RatePerson.HandleAsync(db, CurrentUser.Require(User), personId, SelectedYear, Input, version, ct);
            if (result.Value is { } saved)
            {
                TempData["Message"] = $"Đã lưu xếp loại năm {saved.Year} của {saved.FullName}: {saved.LevelLabel}.";
                return Redirect(Url.Page("/Ratings/Index", new { year = SelectedYear, unitId = UnitId, q = Q, cursor = Cursor })! + $"#person-{personId}");
            }

            ModelState.AddModelError(string.Empty, result.Error!.Message);
        }

        FailedPersonId = personId;
        return await LoadAsync(ct) is { } error ? this.ToPage(error) : Page();
    }

    private async Task<AppError?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        ThisYear = VnTime.Today(db.Time).Year;
        var result = await ListRatings.HandleAsync(db, me, new ListRatings.Query(SelectedYear, UnitId, Q, Paging.DefaultLimit, Cursor), ct);
        if (result.Error is { } error)
        {
            return error;
        }

        Results = result.Value!;
        Units = await UnitOptions.ForAsync(db, me, Permission.ViewPeople, ct);
        var unitIds = Results.Items.Select(r => r.UnitId).Distinct().ToList();
        RatableUnits = (await db.Units.VisibleTo(db, me, Permission.ManageRatings).Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct))
            .ToHashSet();
        MayImport = await ImportRatings.MayImportAsync(db, me, ct);
        return null;
    }
}
