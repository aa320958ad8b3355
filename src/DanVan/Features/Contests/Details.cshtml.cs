using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>A contest: its rules as configured, clusters, rounds, parts and teams; for the organiser, publishing and accepting or returning teams.</summary>
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    public sealed class DecisionForm
    {
        public Guid TeamId { get; set; }
        public int? Version { get; set; }
        public Guid? ClusterId { get; set; }
        public string? CodeName { get; set; }
        public string? Reason { get; set; }
    }

    public ContestDto Contest { get; private set; } = null!;

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostOpenAsync(int? version, CancellationToken ct) =>
        await DoneAsync(await OpenContest.HandleAsync(db, Me, Id, version, ct), "Đã công bố thể lệ hội thi.", null, ct);

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        await DoneAsync(await AcceptTeam.HandleAsync(db, Me, Decision.TeamId, new AcceptTeamInput { ClusterId = Decision.ClusterId, CodeName = Decision.CodeName },
            Decision.Version, ct), "Đã tiếp nhận đội thi.", Decision.TeamId, ct);

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken ct) =>
        await DoneAsync(await ReturnTeam.HandleAsync(db, Me, Decision.TeamId, new ReasonInput { Reason = Decision.Reason }, Decision.Version, ct),
            "Đã trả lại đội thi kèm lý do.", Decision.TeamId, ct);

    private async Task<IActionResult> DoneAsync<T>(Result<T> result, string message, Guid? teamId, CancellationToken ct)
    {
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), nameof(Decision));
        }

        TempData["Message"] = message;
        return Redirect($"/Contests/Details/{Id}" + (teamId is { } t ? $"#team-{t}" : ""));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var contest = await GetContest.HandleAsync(db, Me, Id, ct);
        if (contest.Error is { } error)
        {
            return this.ToPage(error);
        }

        Contest = contest.Value!;
        return null;
    }
}
