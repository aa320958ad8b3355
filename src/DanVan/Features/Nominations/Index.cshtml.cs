using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>The nomination rounds, and for Sở Nội vụ the form that opens one.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Kinds { get; private set; } = [];
    public bool CanManage { get; private set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public RoundKind? Kind { get; set; }

    [BindProperty]
    public DateOnly? OpensOn { get; set; }

    [BindProperty]
    public DateOnly? UnitDueDate { get; set; }

    [BindProperty]
    public int? UnitDueWorkingDays { get; set; }

    [BindProperty]
    public DateOnly? SuperiorDueDate { get; set; }

    [BindProperty]
    public int? SuperiorDueWorkingDays { get; set; }

    [BindProperty]
    public List<Guid> AwardKindIds { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await CreateRound.HandleAsync(db, CurrentUser.Require(User), new RoundInput(Year, Name, Kind, OpensOn,
            new DeadlineInput(UnitDueDate, UnitDueWorkingDays), new DeadlineInput(SuperiorDueDate, SuperiorDueWorkingDays),
            AwardKindIds.Select(k => new OfferInput(k, null)).ToList()), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () =>
            {
                await LoadAsync(ct);
                return Page();
            }, aboutPageObject: false);
        }

        TempData["Message"] = "Đã mở đợt xét khen thưởng.";
        return Redirect($"/Nominations/Round/{result.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        Rounds = (await ListRounds.HandleAsync(db, me, ct)).Items;
        CanManage = await NominationAccess.MayManageRoundsAsync(db, me, ct);
        if (CanManage)
        {
            var tenantId = me.TenantId;
            Kinds = (await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == tenantId).OrderBy(k => k.Category).ThenBy(k => k.Position)
                .Select(k => new { k.Id, k.Name }).ToListAsync(ct)).Select(k => (k.Id, k.Name)).ToList();
        }
    }
}
