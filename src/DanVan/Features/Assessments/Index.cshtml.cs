using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>The assessment's home: the rounds, the criteria sets, and for the province the form that opens a round.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<RoundRow> Rounds { get; private set; } = [];
    public IReadOnlyList<CriteriaSetRow> Sets { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Kinds { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> MyAssessments { get; private set; } = [];
    public bool CanManage { get; private set; }

    [BindProperty]
    public Guid? CriteriaSetId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateOnly? SelfAssessmentDue { get; set; }

    [BindProperty]
    public DateOnly? AppraisalDue { get; set; }

    [BindProperty]
    public int? AppealWorkingDays { get; set; } = AssessmentRound.DefaultAppealWorkingDays;

    [BindProperty]
    public Guid? KindId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var tenantId = me.TenantId;
        var roots = await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => u.Id).ToListAsync(ct);
        var result = await OpenRound.HandleAsync(db, me, new RoundInput(CriteriaSetId, Name, SelfAssessmentDue, AppraisalDue, AppealWorkingDays,
            roots.Select(r => new ParticipantInput(r, true, KindId)).ToList()), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () =>
            {
                await LoadAsync(ct);
                return Page();
            });
        }

        TempData["Message"] = $"Đã mở đợt đánh giá với {result.Value!.Counts.Sum(c => c.Count)} đơn vị.";
        return Redirect($"/Assessments/Round/{result.Value.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        Rounds = (await ListRounds.HandleAsync(db, me, ct)).Items;
        Sets = (await ListCriteriaSets.HandleAsync(db, me, null, ct)).Value?.Items ?? [];
        CanManage = await AssessmentAccess.CanManageAsync(db, me, ct);
        var tenantId = me.TenantId;
        Kinds = (await db.UnitKinds.Where(k => k.TenantId == tenantId).OrderBy(k => k.Name).Select(k => new { k.Id, k.Name }).ToListAsync(ct))
            .Select(k => (k.Id, k.Name)).ToList();
        var mine = await AssessmentAccess.Visible(db, me)
            .Where(a => db.AssessmentRounds.Any(r => r.Id == a.RoundId && r.Status == RoundStatus.Open))
            .Join(db.Units, a => a.UnitId, u => u.Id, (a, u) => new { a.Id, u.Name, u.Path })
            .OrderBy(x => x.Path).Take(20).ToListAsync(ct);
        MyAssessments = mine.Select(m => (m.Id, m.Name)).ToList();
    }
}
