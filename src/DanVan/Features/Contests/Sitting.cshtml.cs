using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DanVan.Features.Contests;

/// <summary>
/// A team's quiz on its tablet or phone (issue 17 §3, "answered on devices with a timer"; no account — the code the
/// organiser handed the team): the code's form, then the waiting screen until the organiser's signal, the paper with a
/// countdown from the server's time left, and the answers saved as they are given (contest-quiz.js, over the public
/// API) or by the "Lưu bài" button without script. A thin adapter over GetQuizSitting and AnswerOnDevice.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(ContestQuizApi.RateLimit)]
public sealed class SittingModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public QuizSittingDto? Sitting { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Code is null)
        {
            return Page();
        }

        var sitting = await GetQuizSitting.HandleAsync(db, Code, ct);
        if (sitting.Error is { } error)
        {
            return await this.ToPageAsync(error, () => Task.FromResult<IActionResult>(Page()), "");
        }

        // The code typed in the form arrives as ?code=…: the page lives at its canonical address from then on.
        var canonical = $"/hoi-thi/lam-bai/{ContestQuizSeat.Normalise(Code)}";
        if (!string.Equals(Request.Path.Value, canonical, StringComparison.Ordinal))
        {
            return Redirect(canonical);
        }

        Sitting = sitting.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var before = await GetQuizSitting.HandleAsync(db, Code, ct);
        if (before.Error is { } missing)
        {
            return await this.ToPageAsync(missing, () => Task.FromResult<IActionResult>(Page()), "");
        }

        // Each question's radio group is "Answer[i]", posted only when chosen: read by index, so that a question left blank
        // in the middle does not cut the sheet short (a list binder stops at the first gap).
        var count = before.Value!.Questions.Count;
        var answers = string.Concat(Enumerable.Range(0, count).Select(i => Request.Form[$"Answer[{i}]"].ToString() is { Length: 1 } a ? a : ContestQuizAnswer.Blank.ToString()));
        var saved = await AnswerOnDevice.HandleAsync(db, Code, new DeviceAnswersInput { Answers = answers }, ct);
        if (saved.Error is { } error)
        {
            Sitting = (await GetQuizSitting.HandleAsync(db, Code, ct)).Value;
            return await this.ToPageAsync(error, () => Task.FromResult<IActionResult>(Page()), "");
        }

        TempData["Message"] = $"Đã lưu bài: {saved.Value!.Answered}/{count} câu đã trả lời, lúc {saved.Value.SavedClock}.";
        return Redirect($"/hoi-thi/lam-bai/{ContestQuizSeat.Normalise(Code)}");
    }
}
