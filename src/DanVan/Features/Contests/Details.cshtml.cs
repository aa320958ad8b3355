using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The accepted team whose substitution form is open (its candidates are loaded for that team only).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Substitute { get; set; }

    [BindProperty]
    public SubstituteInput Swap { get; set; } = new();

    public ContestDto Contest { get; private set; } = null!;

    /// <summary>Free people of the substituted team's unit holding an allowed position (who may come in).</summary>
    public IReadOnlyList<RegisterModel.Candidate> Newcomers { get; private set; } = [];

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostOpenAsync(int? version, CancellationToken ct) =>
        await DoneAsync(await OpenContest.HandleAsync(db, Me, Id, version, ct), "Đã công bố thể lệ hội thi.", null, nameof(Decision), ct);

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        await DoneAsync(await AcceptTeam.HandleAsync(db, Me, Decision.TeamId, new AcceptTeamInput { ClusterId = Decision.ClusterId, CodeName = Decision.CodeName },
            Decision.Version, ct), "Đã tiếp nhận đội thi.", Decision.TeamId, nameof(Decision), ct);

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken ct) =>
        await DoneAsync(await ReturnTeam.HandleAsync(db, Me, Decision.TeamId, new ReasonInput { Reason = Decision.Reason }, Decision.Version, ct),
            "Đã trả lại đội thi kèm lý do.", Decision.TeamId, nameof(Decision), ct);

    public async Task<IActionResult> OnPostSubstituteAsync(CancellationToken ct) =>
        await DoneAsync(await SubstituteMember.HandleAsync(db, Me, Decision.TeamId, Swap, Decision.Version, ct), "Đã thay thành viên đội thi, kèm lý do.", Decision.TeamId,
            nameof(Swap), ct);

    private async Task<IActionResult> DoneAsync<T>(Result<T> result, string message, Guid? teamId, string prefix, CancellationToken ct)
    {
        if (result.Error is { } error)
        {
            Substitute = prefix == nameof(Swap) ? teamId : Substitute;
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), prefix);
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
        if (Contest.CanManage && Contest.Teams.FirstOrDefault(t => t.Id == Substitute && t.State == TeamState.Accepted) is { } team)
        {
            var (tenantId, contestId) = (Me.TenantId, Id);
            var path = await db.Units.Where(u => u.Id == team.UnitId).Select(u => u.Path).FirstAsync(ct);
            var taken = db.ContestMembers.Where(m => m.Active && db.ContestTeams.Any(t => t.Id == m.TeamId && t.ContestId == contestId && t.State != TeamState.Returned))
                .Select(m => m.PersonId);
            var people = await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && p.Unit!.Path.StartsWith(path) && !taken.Contains(p.Id))
                .OrderBy(p => p.Unit!.Path).ThenBy(p => p.FullName).Select(p => new RegisterModel.Candidate(p.Id, p.FullName, p.Position, p.Unit!.Name)).Take(500).ToListAsync(ct);
            Newcomers = [.. people.Where(p => TeamMembers.PositionAllowed(Contest.AllowedPositions, p.Position))];
        }

        return null;
    }
}
