using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Movements;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    /// <summary>How many of the latest history steps the page shows before "xem toàn bộ lịch sử".</summary>
    public const int HistoryShown = 10;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The version the page showed: a launch or close after someone else changed the movement is refused (ADR 0013).</summary>
    [BindProperty]
    public int? Version { get; set; }

    public MovementDto Movement { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostLaunchAsync(CancellationToken ct) =>
        ActAsync(() => LaunchMovement.HandleAsync(db, Accounts.CurrentUser.Require(User), Id, new(Note), Version, ct),
            "Đã phát động phong trào; các đơn vị tham gia đã được giao ban hành kế hoạch.", ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        ActAsync(() => CloseMovement.HandleAsync(db, Accounts.CurrentUser.Require(User), Id, new(Note), Version, ct), "Đã kết thúc phong trào.", ct);

    [BindProperty]
    public int? ReminderDays { get; set; }

    [BindProperty]
    public int? EscalationDays { get; set; }

    public Task<IActionResult> OnPostRemindersAsync(CancellationToken ct) =>
        ActAsync(() => SetMovementReminders.HandleAsync(db, Accounts.CurrentUser.Require(User), Id,
            new SetMovementReminders.Input { ReminderDays = ReminderDays, EscalationDays = EscalationDays }, Version, ct), "Đã lưu lịch nhắc hạn kế hoạch.", ct);

    private async Task<IActionResult> ActAsync(Func<Task<Result<MovementDto>>> action, string done, CancellationToken ct)
    {
        var result = await action();
        if (result.Error is null)
        {
            TempData["Message"] = done;
            return Redirect($"/Movements/Details/{Id}");
        }

        // This page shows its message in its own alert (Error), not in a validation summary.
        Error = result.Error.Message;
        return await this.ToPageAsync(result.Error, async () => await LoadAsync(ct) ? Page() : NotFound());
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var result = await GetMovement.HandleAsync(db, Accounts.CurrentUser.Require(User), Id, ct);
        if (result.Error is not null)
        {
            return false;
        }

        Movement = result.Value!;
        return true;
    }
}
