using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>Revocation decisions: the list with what is to be recovered and by when, the form for a new one, "đã thu hồi".</summary>
public sealed class RevocationsModel(AppDbContext db, WorkingDays workingDays) : PageModel
{
    public sealed record UnitOption(Guid Id, string Name);

    [BindProperty]
    public RevocationInput Input { get; set; } = new();

    [BindProperty]
    public Guid RecoveryId { get; set; }

    [BindProperty]
    public DateOnly? RecoveredOn { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyList<RevokeAwards.RevocationDto> Revocations { get; private set; } = [];
    public IReadOnlyList<ListRevocations.RevocableAward> Revocable { get; private set; } = [];
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(IFormFile? file, CancellationToken ct)
    {
        var result = await RevokeAwards.HandleAsync(db, workingDays, Me, Input, file, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () =>
            {
                await LoadAsync(ct);
                return Page();
            });
        }

        TempData["Message"] = $"Đã ban hành Quyết định thu hồi số {result.Value!.Number}; khen thưởng đã bị hủy bỏ và trang xác minh đã cập nhật.";
        return Redirect("/Certificates/Revocations");
    }

    public async Task<IActionResult> OnPostRecoveredAsync(CancellationToken ct)
    {
        var result = await RecordRecovery.HandleAsync(db, Me, RecoveryId, new RecoveryInput(RecoveredOn, Note), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () =>
            {
                await LoadAsync(ct);
                return Page();
            });
        }

        TempData["Message"] = $"Đã ghi nhận thu hồi của {result.Value!.HolderName}.";
        return Redirect("/Certificates/Revocations");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Revocations = await ListRevocations.HandleAsync(db, Me, ct);
        Revocable = await ListRevocations.RevocableAsync(db, Me, ct);
        var unitIds = Revocable.Select(a => a.UnitId).Distinct().ToList();
        Units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Depth).ThenBy(u => u.SortOrder)
            .Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(ct);
        CanManage = await db.Units.VisibleTo(db, Me, Permission.ManageAwardRecords).AnyAsync(ct);
    }
}
