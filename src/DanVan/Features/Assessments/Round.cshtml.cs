using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>A round: its ranking table (by rank, or by disagreement to find the units that need a second look), and the decision.</summary>
public sealed class RoundModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ClusterId { get; set; }

    [BindProperty]
    public Guid? DecisionDocumentId { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    public RoundDto Round { get; private set; } = null!;
    public RankingDto Ranking { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Citation)> Decisions { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Clusters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        var result = await DecideRound.HandleAsync(db, CurrentUser.Require(User), Id, new DecideInput(DecisionDocumentId), Version, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = "Đã ghi quyết định công nhận kết quả xếp loại; đợt đánh giá đã khóa.";
        return Redirect($"/Assessments/Round/{Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var round = await GetRound.HandleAsync(db, me, Id, ct);
        if (round.Error is { } error)
        {
            return this.ToPage(error);
        }

        Round = round.Value!;
        var ranking = await GetRanking.HandleAsync(db, me, Id, Sort, ClusterId, ct);
        if (ranking.Error is { } bad)
        {
            return this.ToPage(bad);
        }

        Ranking = ranking.Value!;
        var (tenant, year) = (me.TenantId, Round.Year);
        Clusters = (await db.EmulationClusters.Where(c => c.TenantId == tenant && c.Year == year).OrderBy(c => c.Kind).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
        if (Round.CanManage && Round.Status == RoundStatus.Open)
        {
            var tenantId = me.TenantId;
            var decisions = await DocumentAccess.Visible(db, me).Where(d => d.TenantId == tenantId && d.Type == DocumentType.Decision)
                .OrderByDescending(d => d.IssueDate).Take(50).ToListAsync(ct);
            Decisions = decisions.Select(d => (d.Id, DocumentCitation.Format(d))).ToList();
        }

        return null;
    }
}
