using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notices;

/// <summary>The notices the standing body manages, and a new one: choose a round, then its accepted nominees (those whose award requires notice ticked).</summary>
public sealed class IndexModel(AppDbContext db, WorkingDays workingDays) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? RoundId { get; set; }

    [BindProperty]
    public NoticeForm Input { get; set; } = new();

    public sealed class NoticeForm
    {
        public string? Title { get; set; }
        public DateOnly? StartsOn { get; set; }
        public List<Guid> NomineeIds { get; set; } = [];
    }

    public IReadOnlyList<NoticeSummary> Notices { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Rounds { get; private set; } = [];
    public IReadOnlyList<CandidateDto> Nominees { get; private set; } = [];

    /// <summary>Only the standing body (ManageCouncil somewhere) is offered the rounds and their nominees.</summary>
    public bool CanCreate => Rounds.Count > 0;

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.StartsOn ??= VnTime.Today(db.Time);
        Input.NomineeIds = Nominees.Where(n => n.NoticeRequired).Select(n => n.NomineeId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await CreateNotice.HandleAsync(db, workingDays, Me, new NoticeInput(null, RoundId, Input.NomineeIds, Input.Title, Input.StartsOn), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () =>
            {
                await LoadAsync(ct);
                return Page();
            }, aboutPageObject: false);
        }

        TempData["Message"] = "Đã lập dự thảo thông báo; kiểm tra danh sách rồi công bố.";
        return Redirect($"/Notices/Details/{result.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Notices = await ListNotices.HandleAsync(db, Me, ct);
        if (!await Scope.HoldsAnywhereAsync(db, Me, Permission.ManageCouncil, ct))
        {
            return;
        }

        var tenantId = Me.TenantId;
        Rounds = (await db.NominationRounds.AsNoTracking().Where(r => r.TenantId == tenantId).OrderByDescending(r => r.Year).ThenBy(r => r.Name).Take(50)
            .Select(r => new { r.Id, r.Name }).ToListAsync(ct)).Select(r => (r.Id, r.Name)).ToList();
        if (RoundId is { } round && Rounds.Any(r => r.Id == round))
        {
            Nominees = (await Candidates.ForAsync(db, tenantId, round, null, Input.StartsOn ?? VnTime.Today(db.Time), ct))
                .Select(c => new CandidateDto(c.NomineeId, c.Name, c.UnitName, c.AwardName, c.NoticeWorkingDays is not null)).ToList();
        }
    }
}
