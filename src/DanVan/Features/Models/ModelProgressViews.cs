using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace DanVan.Features.Models;

public sealed class ProgressInput
{
    [Required(ErrorMessage = "Vui lòng nhập ngày báo cáo.")]
    public DateOnly? ReportedOn { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập nội dung tiến độ.")]
    [StringLength(ModelProgress.NarrativeMax, ErrorMessage = "Nội dung tiến độ không được dài quá {1} ký tự.")]
    public string? Narrative { get; set; }

    /// <summary>Indicator code → value (codes from <see cref="ModelIndicators"/>).</summary>
    public Dictionary<string, decimal>? Indicators { get; set; }
}

/// <summary>A reviewer's scores: criterion code → score, checked against the rubric in force (<see cref="ModelRubric.Check"/>).</summary>
public sealed class ReviewInput
{
    public Dictionary<string, int?>? Scores { get; set; }

    [StringLength(ModelReview.CommentsMax, ErrorMessage = "Nhận xét không được dài quá {1} ký tự.")]
    public string? Comments { get; set; }
}

public sealed class BatchRecognitionInput
{
    [Required(ErrorMessage = "Vui lòng chọn quyết định công nhận.")]
    public Guid? DecisionId { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn cấp công nhận.")]
    public ModelLevel? Level { get; set; }

    /// <summary>The year of achievement the decision recognises (default: each model's own movement year).</summary>
    [Range(1945, 2100, ErrorMessage = "Năm phải từ {1} đến {2}.")]
    public int? Year { get; set; }

    /// <summary>The reason given to the owners of the models not recognised (required when <see cref="RejectedIds"/> is not empty).</summary>
    [StringLength(ModelEvent.NoteMax, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
    public string? Reason { get; set; }

    /// <summary>Models recognised by the decision; the others listed in <see cref="RejectedIds"/> are not.</summary>
    public List<Guid>? RecognisedIds { get; set; }

    public List<Guid>? RejectedIds { get; set; }
}

/// <summary>A progress report; <see cref="AwaitsReview"/>: the model is public and a reviewer has not yet approved this report for it.</summary>
public sealed record ProgressDto(Guid Id, DateOnly ReportedOn, string Narrative, string UserName, IReadOnlyDictionary<string, decimal> Indicators,
    IReadOnlyList<EvidenceDto> Evidence, bool AwaitsReview);

/// <summary>An evidence file; <see cref="AwaitsReview"/>: a photo of a public model that a reviewer has not yet approved (PDFs are never public).</summary>
public sealed record EvidenceDto(Guid Id, Guid? ProgressId, string FileName, string ContentType, long Size, bool AwaitsReview);

/// <summary>
/// A reviewer's score; <see cref="IsCurrent"/>: the reviewer's current one for the model's current round (others are
/// history). <see cref="Total"/> and <see cref="MaxTotal"/> are those of the rubric version it was scored against.
/// </summary>
public sealed record ReviewDto(Guid Id, string ReviewerName, IReadOnlyList<ScoreDto> Scores, string? Comments, DateTime At, int Total, int MaxTotal,
    int RubricVersion, int Round, bool IsCurrent);

/// <summary>One criterion's score, named as its rubric version names it.</summary>
public sealed record ScoreDto(string Code, string Name, int Score, int MaxScore);

/// <summary>
/// The timeline of a model: reports oldest first, and each indicator's series for the charts; the reviewers' current
/// scores (<see cref="Reviews"/>, one per reviewer in the current round) and every score given (<see cref="ReviewHistory"/>);
/// the rubric in force today (<see cref="Rubric"/>: what the scoring form asks).
/// </summary>
public sealed record ModelTimeline(IReadOnlyList<ProgressDto> Reports, IReadOnlyDictionary<string, string> IndicatorLabels,
    IReadOnlyList<EvidenceDto> Evidence, IReadOnlyList<ReviewDto> Reviews, IReadOnlyList<ReviewDto> ReviewHistory, RubricDto? Rubric)
{
    /// <summary>The highest total of the rubric in force (what a score given now is out of).</summary>
    public int MaxTotal => Rubric?.MaxTotal ?? 0;
}

/// <summary>The progress form of the model page: indicator values arrive as text, an empty box meaning "not reported".</summary>
public sealed class ProgressForm
{
    public DateOnly? ReportedOn { get; set; }

    public string? Narrative { get; set; }

    public Dictionary<string, string?> Values { get; set; } = [];

    public ProgressInput ToInput(ModelIndicators indicators, out string? invalid)
    {
        invalid = null;
        var values = new Dictionary<string, decimal>();
        foreach (var (code, text) in Values)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            const NumberStyles plain = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
            if (!decimal.TryParse(text, plain, CultureInfo.InvariantCulture, out var value))
            {
                invalid = $"Giá trị “{text}” của chỉ tiêu “{indicators.All.GetValueOrDefault(code, code)}” phải là số không âm.";
                break;
            }

            values[code] = value;
        }

        return new ProgressInput { ReportedOn = ReportedOn, Narrative = Narrative, Indicators = values };
    }
}
