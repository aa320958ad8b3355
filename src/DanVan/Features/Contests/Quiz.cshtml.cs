using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser's quiz desk for one quiz part (issue 17 §3): the contest's question bank (add, remove one not yet on a
/// paper), the paper drawn by lot from it, and each team's answer sheet typed as letters and scored at once. Thin
/// adapters over AddQuestion, ImportQuestions, RemoveQuestion, DrawPaper, EnterQuizAnswers, and for a part answered on devices IssueQuizSeats
/// and StartQuiz; each error is shown beside its form.
/// </summary>
[RequestSizeLimit(Shared.ImportPageModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Shared.ImportPageModel.MaxRequestBytes)]
public sealed class QuizModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PartId { get; set; }

    [BindProperty]
    public QuestionForm Question { get; set; } = new();

    [BindProperty]
    public int? Count { get; set; }

    [BindProperty]
    public bool PerTeam { get; set; }

    [BindProperty]
    public QuizAnswersInput Sheet { get; set; } = new();

    /// <summary>The pause's or the extra time's form.</summary>
    [BindProperty]
    public QuizTimerInput Timer { get; set; } = new();

    public sealed class QuestionForm
    {
        public string? Text { get; set; }
        public string? A { get; set; }
        public string? B { get; set; }
        public string? C { get; set; }
        public string? D { get; set; }
        public string? Correct { get; set; }
        public string? Source { get; set; }
    }

    public QuizDto Quiz { get; private set; } = null!;

    /// <summary>The refused import's report: every bad row and column (nothing was saved).</summary>
    public ImportReport? Report { get; private set; }

    /// <summary>Which form the shown error belongs to ("question", "draw", or a team's "team-…"), so that it appears beside it.</summary>
    public string? ErrorAt { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public static string TeamKey(Guid teamId) => $"team-{teamId:N}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostQuestionAsync(CancellationToken ct)
    {
        var result = await AddQuestion.HandleAsync(db, Me, Id, new QuestionInput
        {
            Text = Question.Text, Options = [Question.A, Question.B, Question.C, Question.D], Correct = Question.Correct, Source = Question.Source,
        }, ct);
        return await FinishAsync(result.Error, "question", nameof(Question), () => $"Đã thêm câu hỏi số {result.Value!.Seq} vào ngân hàng.", ct);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return await FinishAsync(XlsxErrors.NoFile, "import", "", () => "", ct);
        }

        await using var stream = file.OpenReadStream();
        var result = await ImportQuestions.HandleAsync(db, Me, Id, stream, ct);
        if (result.Value is { Succeeded: false } report)
        {
            (ErrorAt, Report) = ("import", report);
            return await LoadAsync(ct) ?? Page();
        }

        return await FinishAsync(result.Error, "import", "", () => $"Đã nhập {result.Value!.Imported} câu hỏi vào ngân hàng.", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid questionId, CancellationToken ct)
    {
        var result = await RemoveQuestion.HandleAsync(db, Me, Id, questionId, ct);
        return await FinishAsync(result.Error, "bank", "Input", () => $"Đã xóa câu hỏi số {result.Value!.Seq}.", ct);
    }

    public async Task<IActionResult> OnPostDrawAsync(CancellationToken ct)
    {
        var result = await DrawPaper.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, new DrawPaperInput { Count = Count, PerTeam = PerTeam }, ct);
        return await FinishAsync(result.Error, "draw", "Input",
            () => PerTeam ? $"Đã bốc thăm cho mỗi đội một đề gồm {Count} câu." : $"Đã bốc thăm đề gồm {result.Value!.Paper.Count} câu.", ct);
    }

    public async Task<IActionResult> OnPostSeatsAsync(CancellationToken ct)
    {
        var result = await IssueQuizSeats.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, ct);
        return await FinishAsync(result.Error, "devices", "", () => $"Đã cấp mã làm bài cho {result.Value!.Teams.Count(t => t.Code is not null)} đội.", ct);
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        var result = await StartQuiz.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, ct);
        return await FinishAsync(result.Error, "devices", "",
            () => $"Đã bắt đầu tính giờ: {result.Value!.Part!.Minutes} phút, hết giờ lúc {Infrastructure.Text.VnTime.Clock(result.Value.Part.EndsAt!.Value)}.", ct);
    }

    public async Task<IActionResult> OnPostPauseAsync(CancellationToken ct)
    {
        var result = await PauseQuiz.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, Timer, ct);
        return await FinishAsync(result.Error, "pause", nameof(Timer), () => "Đã tạm dừng tính giờ: thời gian còn lại của các đội được giữ nguyên.", ct);
    }

    public async Task<IActionResult> OnPostResumeAsync(CancellationToken ct)
    {
        var result = await ResumeQuiz.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, ct);
        return await FinishAsync(result.Error, "devices", "",
            () => $"Đã tính giờ lại: hết giờ lúc {Infrastructure.Text.VnTime.Clock(result.Value!.Part!.EndsAt!.Value)}.", ct);
    }

    public async Task<IActionResult> OnPostExtendAsync(CancellationToken ct)
    {
        var result = await ExtendQuiz.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, Timer, ct);
        return await FinishAsync(result.Error, "extend", nameof(Timer),
            () => $"Đã cộng thêm {Timer.Minutes} phút: hết giờ lúc {Infrastructure.Text.VnTime.Clock(result.Value!.Part!.EndsAt!.Value)}.", ct);
    }

    public async Task<IActionResult> OnPostAnswersAsync(CancellationToken ct)
    {
        var result = await EnterQuizAnswers.HandleAsync(db, Me, Id, PartId ?? Guid.Empty, Sheet, ct);
        return await FinishAsync(result.Error, TeamKey(Sheet.TeamId ?? Guid.Empty), nameof(Sheet),
            () => $"Đã chấm bài làm: {result.Value!.Right} câu đúng, {ContestErrors.Points(result.Value.Points ?? 0)} điểm.", ct);
    }

    private async Task<IActionResult> FinishAsync(AppError? error, string at, string prefix, Func<string> message, CancellationToken ct)
    {
        if (error is not null)
        {
            ErrorAt = at;
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), prefix);
        }

        TempData["Message"] = message();
        return Redirect($"/Contests/Quiz/{Id}" + (PartId is { } p ? $"?partId={p}" : "") + $"#{(at is "pause" or "extend" ? "devices" : at)}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var quiz = await GetQuiz.HandleAsync(db, Me, Id, PartId, ct);
        if (quiz.Error is { } error)
        {
            return this.ToPage(error);
        }

        Quiz = quiz.Value!;
        PartId = Quiz.Part?.PartId;
        return null;
    }
}
