using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser's desk for one part (for the round's chair who is not an organiser: the sheets, to correct them after closing): every judge × team sheet's state; for one judge at a time, the forms to type their
/// paper sheets (first entry), to re-enter them as a second person (confirmation) and, on a mismatch, both entries side
/// by side; attendance (absent, days late); closing the part; corrections after closing, with a reason. Thin adapters
/// over EnterPaperSheet, ConfirmPaperSheet, RecordAttendance, ClosePart and CorrectSheet.
/// </summary>
public sealed class PaperSheetsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PartId { get; set; }

    /// <summary>The judge whose paper sheets are being typed (default: the first of the round).</summary>
    [BindProperty(SupportsGet = true, Name = "judge")]
    public Guid? ForJudge { get; set; }

    [BindProperty]
    public SheetForm Form { get; set; } = new();

    [BindProperty]
    public AttendanceInput Attendance { get; set; } = new();

    /// <summary>The close form's explicit confirmation (no script on the page: a checkbox the organiser ticks).</summary>
    [BindProperty]
    public bool Sure { get; set; }

    public sealed class SheetForm
    {
        public Guid? JudgeId { get; set; }
        public Guid? TeamId { get; set; }
        public Guid? SheetId { get; set; }
        public List<PointInput> Points { get; set; } = [];
        public string? Reason { get; set; }
    }

    /// <summary>The contest as its organiser sees it; none for a round's chair who does not see the contest otherwise (a guest).</summary>
    public ContestDto? Contest { get; private set; }
    public PartSheetsDto Desk { get; private set; } = null!;
    public JudgeDto? Judge { get; private set; }

    /// <summary>Which form the shown error belongs to (a cell, a team's attendance, the close form), so that it appears beside it.</summary>
    public string? ErrorAt { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public static string CellKey(Guid judgeId, Guid teamId) => $"cell-{judgeId:N}-{teamId:N}";

    /// <summary>The points the user typed into the form that failed (kept on the redisplayed form), else none.</summary>
    public string? Typed(string form, Guid criterionId) =>
        ErrorAt == form ? Form.Points.FirstOrDefault(p => p.CriterionId == criterionId)?.Points?.ToString(CultureInfo.InvariantCulture) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostEnterAsync(CancellationToken ct) =>
        await DoneAsync(await EnterPaperSheet.HandleAsync(db, Me, Id, new SheetInput { PartId = PartId, JudgeId = Form.JudgeId, TeamId = Form.TeamId, Points = Form.Points }, ct),
            SheetForms.Enter, s => $"Đã nhập phiếu giấy của {s.JudgeName} cho {s.TeamName}: {s.StateLabel}.", ct);

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) =>
        await DoneAsync(await ConfirmPaperSheet.HandleAsync(db, Me, Id, Form.SheetId ?? Guid.Empty, new PointsInput { Points = Form.Points }, ct),
            SheetForms.Confirm, s => s.State == SheetState.Confirmed
                ? $"Hai lần nhập khớp nhau: phiếu của {s.JudgeName} cho {s.TeamName} đã được xác nhận ({ContestErrors.Points(s.Total)} điểm)."
                : $"Hai lần nhập phiếu của {s.JudgeName} cho {s.TeamName} lệch nhau ở {s.Lines.Count(l => l.Mismatch)} tiêu chí; chưa phiếu nào được tính.", ct);

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken ct) =>
        await DoneAsync(await CorrectSheet.HandleAsync(db, Me, Id, Form.SheetId ?? Guid.Empty, new SheetInput { Points = Form.Points, Reason = Form.Reason }, ct),
            SheetForms.Correct, s => $"Đã sửa phiếu của {s.JudgeName} cho {s.TeamName}: {ContestErrors.Points(s.Total)} điểm; lịch sử ghi lý do.", ct);

    public async Task<IActionResult> OnPostAttendanceAsync(CancellationToken ct)
    {
        var result = await RecordAttendance.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, Attendance, ct);
        return await FinishAsync(result.Error, $"attendance-{Attendance.TeamId:N}", nameof(Attendance),
            () => $"Đã ghi: {RecordAttendance.Said(result.Value!.NoShow, result.Value.DaysLate, result.Value.OvertimeSeconds)}.", ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        if (!Sure)
        {
            return await FinishAsync(ContestErrors.CloseNotConfirmed, "close", nameof(Sure), () => "", ct);
        }

        var result = await ClosePart.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, ct);
        return await FinishAsync(result.Error, "close", "Input", () => $"Đã khóa điểm phần thi {result.Value!.Name}.", ct);
    }

    private Task<IActionResult> DoneAsync(Result<SheetDto> result, string form, Func<SheetDto, string> message, CancellationToken ct)
    {
        ForJudge = result.Value?.JudgeId ?? Form.JudgeId ?? ForJudge;
        var at = $"{form}-{CellKey(Form.JudgeId ?? Guid.Empty, Form.TeamId ?? Guid.Empty)}";
        return FinishAsync(result.Error, at, nameof(Form), () => message(result.Value!), ct);
    }

    private async Task<IActionResult> FinishAsync(AppError? error, string at, string prefix, Func<string> message, CancellationToken ct)
    {
        if (error is not null)
        {
            ErrorAt = at;
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), prefix);
        }

        TempData["Message"] = message();
        return Redirect($"/Contests/PaperSheets/{Id}?partId={PartId}" + (ForJudge is { } j ? $"&judge={j}" : "") + $"#{at}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var contest = await GetContest.HandleAsync(db, Me, Id, ct);
        Contest = contest.Value;
        if (Contest is not null)
        {
            var parts = Contest.CurrentRound.Parts; // the round under way: its first open judged part, else its first judged one
            PartId ??= (parts.FirstOrDefault(p => p.Criteria.Count > 0 && !p.Closed) ?? parts.FirstOrDefault(p => p.Criteria.Count > 0) ?? parts[0]).Id;
        }

        if (PartId is not { } partId)
        {
            return this.ToPage(contest.Error!); // a chair who does not see the contest comes from their judge's page, with the part
        }

        var desk = await GetPartSheets.HandleAsync(db, Me, Id, partId, ct);
        if (desk.Error is { } denied)
        {
            return this.ToPage(denied);
        }

        Desk = desk.Value!;
        Judge = Desk.Judges.FirstOrDefault(j => j.Id == ForJudge) ?? (Desk.Judges.Count > 0 ? Desk.Judges[0] : null);
        return null;
    }
}

/// <summary>The names of the sheet forms on the paper sheets page (each error is shown beside the form that caused it).</summary>
public static class SheetForms
{
    public const string Enter = "enter";
    public const string Confirm = "confirm";
    public const string Correct = "correct";
}
