using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>A judge's scoring page (a phone in the hall): the open parts they judge, one form per team with the criteria's points; recused teams show why.</summary>
public sealed class JudgeModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SheetForm Input { get; set; } = new();

    public sealed class SheetForm
    {
        public Guid PartId { get; set; }
        public Guid TeamId { get; set; }
        public List<PointInput> Points { get; set; } = [];
    }

    public MyJudgingDto Desk { get; private set; } = null!;

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await SaveOwnSheet.HandleAsync(db, Me, Id, new SheetInput { PartId = Input.PartId, TeamId = Input.TeamId, Points = Input.Points }, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = $"Đã lưu phiếu chấm cho {result.Value!.TeamName}: {ContestErrors.Points(result.Value.Total)} điểm.";
        return Redirect($"/Contests/Judge/{Id}#sheet-{Input.PartId}-{Input.TeamId}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var desk = await GetMyJudging.HandleAsync(db, Me, Id, ct);
        if (desk.Error is { } error)
        {
            return this.ToPage(error);
        }

        Desk = desk.Value!;
        return null;
    }
}
