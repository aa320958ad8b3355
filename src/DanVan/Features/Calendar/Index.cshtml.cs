using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Calendar;

/// <summary>
/// The province's working-day calendar, a year at a time (<c>/Admin/Calendar</c>): every signed-in user reads it and counts
/// "from + N working days" with it; the administrator (ManageCalendar) adds and removes days with a citation, proposes a
/// missing year from the lunar calendar and confirms a year. The page calls the same handlers as the API.
/// </summary>
public sealed class IndexModel(AppDbContext db, WorkingDays workingDays) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The count helper's question (GET): from a date, N working days.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    [BindProperty]
    public CalendarEntryInput Entry { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? ConfirmCitation { get; set; }

    public CalendarYearDto Calendar { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public WorkingDayResult? Answer { get; private set; }
    public string? AnswerError { get; private set; }
    public int ShownYear => Year ?? VnTime.Today(db.Time).Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Days is not null || From is not null)
        {
            var answer = await QueryWorkingDays.AddAsync(workingDays, CurrentUser.Require(User), From, Days, ct);
            Answer = answer.Value;
            AnswerError = answer.Error?.Message;
        }

        return await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => WriteAsync(async user =>
    {
        if (!ModelState.IsValid)
        {
            return null; // the annotations' messages are on the form already
        }

        var added = await AddCalendarEntry.HandleAsync(db, user, ShownYear, Entry, ct);
        return added.Error ?? Done($"Đã thêm ngày {VnTime.Date(Entry.Date)} vào lịch năm {ShownYear}.");
    }, "Entry", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid entryId, CancellationToken ct) => WriteAsync(async user =>
        (await RemoveCalendarEntry.HandleAsync(db, user, ShownYear, entryId, Reason, ct)).Error ?? Done($"Đã xóa một ngày khỏi lịch năm {ShownYear}."),
        "Remove", ct);

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) => WriteAsync(async user =>
    {
        var input = new ConfirmCalendarInput { Citation = ConfirmCitation };
        return (await ConfirmCalendarYear.HandleAsync(db, user, ShownYear, input, ct)).Error ?? Done($"Đã xác nhận lịch năm {ShownYear}.");
    }, "Confirm", ct);

    public Task<IActionResult> OnPostProposeAsync(CancellationToken ct) => WriteAsync(async user =>
        (await ProposeCalendarYear.HandleAsync(db, user, ShownYear, ct)).Error
            ?? Done($"Đã tạo đề xuất lịch năm {ShownYear} từ âm lịch — cần đối chiếu thông báo chính thức rồi xác nhận."),
        "Propose", ct);

    private bool done;

    private AppError? Done(string message)
    {
        TempData["Message"] = message;
        done = true;
        return null;
    }

    /// <summary>Runs a write; on success (a message in TempData) back to the year, otherwise the refusal on the page.</summary>
    private async Task<IActionResult> WriteAsync(Func<CurrentUser, Task<AppError?>> write, string prefix, CancellationToken ct)
    {
        if (prefix != "Entry")
        {
            ModelState.Clear(); // the add form's fields are not part of this post
        }

        var error = await write(CurrentUser.Require(User));
        if (error is not null && this.ToPageOrNote(error, prefix) is { } answered)
        {
            return answered;
        }

        if (done)
        {
            return Redirect($"/Admin/Calendar?year={ShownYear}");
        }

        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var user = CurrentUser.Require(User);
        var calendar = await GetCalendar.HandleAsync(db, user, ShownYear, ct);
        if (calendar.Error is { } error)
        {
            return this.ToPage(error);
        }

        Calendar = calendar.Value!;
        CanManage = await EditCalendar.MayManageAsync(db, user, ct);
        return Page();
    }
}
