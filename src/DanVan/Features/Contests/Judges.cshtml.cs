using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser's judges page of a round: the judges (chair marked) with the teams each one does not score and why; forms
/// to seat a judge (a person of the province found by name, or an external guest, each with an account), to take one
/// off (refused once they have sheets) and to declare a conflict. Thin adapters over AddJudge, RemoveJudge, DeclareConflict.
/// </summary>
public sealed class JudgesModel(AppDbContext db) : PageModel
{
    public const int CandidatesMax = 30;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? RoundId { get; set; }

    /// <summary>A name to find the person and the account to seat.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public AddJudgeInput Input { get; set; } = new();

    [BindProperty]
    public Guid JudgeId { get; set; }

    [BindProperty]
    public ConflictInput Conflict { get; set; } = new();

    public sealed record Candidate(Guid Id, string Name, string Detail);

    public ContestDto Contest { get; private set; } = null!;
    public RoundDto Round { get; private set; } = null!;
    public IReadOnlyList<JudgeDto> Judges { get; private set; } = [];
    public IReadOnlyList<Candidate> People { get; private set; } = [];
    public IReadOnlyList<Candidate> Accounts { get; private set; } = [];

    /// <summary>Which form the shown error belongs to ("add", "judge-{id}"), so that it appears beside it.</summary>
    public string? ErrorAt { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        Input.RoundId = RoundId;
        var result = await AddJudge.HandleAsync(db, Me, Id, Input, ct);
        return await DoneAsync(result, "add", nameof(Input), () => $"Đã thêm giám khảo {result.Value!.Name}{(result.Value.IsChair ? " (trưởng ban giám khảo)" : "")}.", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        await DoneAsync(await RemoveJudge.HandleAsync(db, Me, Id, JudgeId, ct), $"judge-{JudgeId}", nameof(Input), () => "Đã bỏ giám khảo khỏi vòng thi.", ct);

    public async Task<IActionResult> OnPostConflictAsync(CancellationToken ct) =>
        await DoneAsync(await DeclareConflict.HandleAsync(db, Me, Id, JudgeId, Conflict, ct), $"judge-{JudgeId}", nameof(Conflict),
            () => "Đã khai báo giám khảo không chấm đội này, kèm lý do.", ct);

    private async Task<IActionResult> DoneAsync<T>(Result<T> result, string at, string prefix, Func<string> message, CancellationToken ct)
    {
        if (result.Error is { } error)
        {
            ErrorAt = at;
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), prefix);
        }

        TempData["Message"] = message();
        return Redirect($"/Contests/Judges/{Id}?roundId={RoundId}#{at}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var judges = await ListJudges.HandleAsync(db, Me, Id, ct);
        if (judges.Error is { } error)
        {
            return this.ToPage(error);
        }

        Contest = (await GetContest.HandleAsync(db, Me, Id, ct)).Value!;
        Round = Contest.Rounds.FirstOrDefault(r => r.Id == RoundId) ?? Contest.CurrentRound;
        RoundId = Round.Id;
        Judges = [.. judges.Value!.Where(j => j.RoundId == Round.Id)];
        await FindCandidatesAsync(ct);
        return null;
    }

    /// <summary>People of the province whose name matches <see cref="Q"/>, and the province's active accounts (those matching first).</summary>
    private async Task FindCandidatesAsync(CancellationToken ct)
    {
        var tenantId = Me.TenantId;
        var folded = VietnameseText.Fold(Q);
        if (folded.Length > 0)
        {
            var pattern = SearchPatterns.Contains(folded);
            People = await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && EF.Functions.Like(p.FullNameFolded, pattern, SearchPatterns.Escape))
                .OrderBy(p => p.FullNameFolded).ThenBy(p => p.Id).Take(CandidatesMax)
                .Select(p => new Candidate(p.Id, p.FullName, (p.Position == null ? "" : p.Position + ", ") + p.Unit!.Name)).ToListAsync(ct);
        }

        var accounts = await db.Users.AsNoTracking().Where(u => u.TenantId == tenantId && !u.IsDisabled).OrderBy(u => u.FullName).ThenBy(u => u.Id)
            .Take(500).Select(u => new Candidate(u.Id, u.FullName, u.UserName ?? "")).ToListAsync(ct);
        Accounts = [.. accounts.OrderByDescending(a => folded.Length > 0 && VietnameseText.Fold(a.Name + " " + a.Detail).Contains(folded, StringComparison.Ordinal))];
    }
}
