using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Assessments;

/// <summary>
/// A unit's assessment: the verdict that explains the rank, the ledger, and the form of whoever acts now — the unit's
/// self-scores, its head's approval, the appraisers' points and return, the unit's appeal, the answer.
/// </summary>
public sealed class UnitModel(AppDbContext db) : PageModel
{
    public sealed class Row
    {
        public string Code { get; set; } = "";
        public decimal? Points { get; set; }
        public bool? Met { get; set; }
        public string? Text { get; set; }
        public string? Evidence { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<Row> Rows { get; set; } = [];

    [BindProperty]
    public decimal? SuperiorPoints { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public bool Finish { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? EvidenceCriterion { get; set; }

    [BindProperty]
    public IFormFile? EvidenceFile { get; set; }

    [BindProperty]
    public EvidenceKind? RecordKind { get; set; }

    [BindProperty]
    public Guid? RecordId { get; set; }

    [BindProperty]
    public Guid? EvidenceId { get; set; }

    public AssessmentDto Assessment { get; private set; } = null!;

    /// <summary>The unit's own records it may link as evidence (only while it scores itself).</summary>
    public IReadOnlyList<SuggestedEvidence> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostSelfAsync(CancellationToken ct) => ActAsync(() => SaveSelfAssessment.HandleAsync(db, Me, Id,
        new SelfAssessmentInput(Rows.Select(r => new SelfScoreInput(r.Code, r.Points, r.Met, r.Text, r.Evidence)).ToList()), Version, ct),
        "Đã lưu bản tự chấm.", ct);

    public Task<IActionResult> OnPostEvidenceFileAsync(CancellationToken ct) => ActAsync(() => AddAssessmentEvidence.FileAsync(db, Me, Id,
        EvidenceCriterion, EvidenceFile, Version, ct), $"Đã thêm tệp minh chứng cho tiêu chí {EvidenceCriterion}.", ct);

    public Task<IActionResult> OnPostEvidenceLinkAsync(CancellationToken ct) => ActAsync(() => AddAssessmentEvidence.LinkAsync(db, Me, Id,
        new AddAssessmentEvidence.LinkInput(EvidenceCriterion, RecordKind, RecordId), Version, ct), $"Đã gắn minh chứng cho tiêu chí {EvidenceCriterion}.", ct);

    public Task<IActionResult> OnPostRemoveEvidenceAsync(CancellationToken ct) => ActAsync(() => RemoveAssessmentEvidence.HandleAsync(db, Me, Id,
        EvidenceId ?? Guid.Empty, Version, ct), "Đã gỡ minh chứng.", ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        ActAsync(() => SubmitSelfAssessment.HandleAsync(db, Me, Id, Version, ct), "Đã phê duyệt và nộp bản tự chấm cho tổ thẩm định.", ct);

    public Task<IActionResult> OnPostAppraiseAsync(CancellationToken ct) => ActAsync(() => AppraiseAssessment.HandleAsync(db, Me, Id,
        new AppraisalInput(Rows.Select(r => new AppraisalScoreInput(r.Code, r.Points, r.Met, r.Text)).ToList(), SuperiorPoints, Note, Finish), Version, ct),
        Finish ? "Đã hoàn thành thẩm định; đơn vị được thông báo kết quả và thời hạn kiến nghị." : "Đã lưu điểm thẩm định.", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => ActAsync(() => ReturnAssessment.HandleAsync(db, Me, Id,
        new ReturnInput(Note, Texts()), Version, ct), "Đã trả lại bản tự chấm cho đơn vị kèm lý do.", ct);

    public Task<IActionResult> OnPostAppealAsync(CancellationToken ct) => ActAsync(() => AppealAssessment.FileAsync(db, Me, Id,
        new AppealInput(Texts()), Version, ct), "Đã gửi kiến nghị.", ct);

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken ct) => ActAsync(() => AppealAssessment.AnswerAsync(db, Me, Id,
        new AnswerInput(Rows.Select(r => new AppraisalScoreInput(r.Code, r.Points, r.Met, r.Text)).ToList(), Note), Version, ct),
        "Đã trả lời kiến nghị.", ct);

    private Dictionary<string, string> Texts() =>
        Rows.Where(r => !string.IsNullOrWhiteSpace(r.Text)).GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().Text!);

    private CurrentUser Me => CurrentUser.Require(User);

    private async Task<IActionResult> ActAsync(Func<Task<Result<AssessmentDto>>> action, string done, CancellationToken ct)
    {
        var result = await action();
        if (result.Error is null)
        {
            TempData["Message"] = done;
            return Redirect($"/Assessments/Unit/{Id}");
        }

        return await this.ToPageAsync(result.Error, async () => await LoadAsync(ct) ?? Page());
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var result = await GetAssessment.HandleAsync(db, Me, Id, ct);
        if (result.Error is { } error)
        {
            return this.ToPage(error);
        }

        Assessment = result.Value!;
        if (Assessment.CanEditSelf) // the caller holds SelfAssess on the unit: offer its records without loading the assessment again
        {
            Suggestions = await EvidenceSuggestions.ForAsync(db, Me.TenantId, Assessment.UnitId, Assessment.Year, VnTime.Today(db.Time), ct);
        }

        return null;
    }
}
