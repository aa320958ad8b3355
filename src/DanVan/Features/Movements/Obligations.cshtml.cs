using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// The movement managers' page for the plan deadlines: extend the deadline of the chosen units (or of every unit
/// whose plan is still open), waive a unit's duty or lift a waiver — always with a reason the unit sees.
/// </summary>
public sealed class ObligationsModel(AppDbContext db) : PageModel
{
    public const int MaxRows = 1000;

    public enum Step
    {
        Extend,
        Waive,
        Lift,
    }

    public sealed record Row(Guid UnitId, string Code, string Name, DateOnly DueOn, PlanStatus Status, string? WaivedReason, bool Open);

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<Guid> UnitIds { get; set; } = [];

    [BindProperty]
    public bool AllOpen { get; set; }

    [BindProperty]
    public Step Action { get; set; }

    [BindProperty]
    public DateOnly? Until { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public MovementDto Movement { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) is { } denied ? denied : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var error = Action switch
        {
            Step.Extend => (await ExtendPlanDeadline.HandleAsync(db, me, Id, new() { UnitIds = UnitIds, AllOpen = AllOpen, Until = Until, Reason = Reason }, ct)).Error,
            _ => (await WaivePlan.ManyAsync(db, me, Id, UnitIds, Action == Step.Waive, new() { Reason = Reason }, ct)).Error,
        };
        if (error is null)
        {
            TempData["Message"] = Action switch
            {
                Step.Extend => $"Đã gia hạn ban hành kế hoạch đến ngày {VnTime.Date(Until)}.",
                Step.Waive => "Đã miễn ban hành kế hoạch cho đơn vị đã chọn.",
                _ => "Đã bỏ miễn; đơn vị lại phải ban hành kế hoạch theo hạn.",
            };
            return Redirect($"/Movements/Obligations/{Id}");
        }

        return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var result = await GetMovement.HandleAsync(db, me, Id, ct);
        if (result.Error is not null)
        {
            return NotFound();
        }

        Movement = result.Value!;
        if (!Movement.CanManage)
        {
            return Forbid();
        }

        var today = VnTime.Today(db.Time);
        var rows = await db.PlanObligations.AsNoTracking().Where(o => o.MovementId == Id)
            .Join(db.Units, o => o.UnitId, u => u.Id, (o, u) => new { o, u.Code, u.Name })
            .OrderBy(x => x.Code).ThenBy(x => x.o.UnitId).Take(MaxRows).ToListAsync(ct);
        Rows = rows.Select(x => new Row(x.o.UnitId, x.Code, x.Name, x.o.DueOn, x.o.StatusOn(today), x.o.WaivedReason, x.o.IsOpen)).ToList();
        return null;
    }
}
