using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Ratings;

/// <summary>A rating as a client sets it (PUT /people/{id}/ratings/{year}; the inline form of /Ratings).</summary>
public sealed class RatingInput
{
    [Display(Name = "Xếp loại")]
    [Required(ErrorMessage = "Vui lòng chọn mức xếp loại.")]
    public RatingLevel? Level { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(PersonRating.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
    public string? Note { get; set; }

    [Display(Name = "Lý do thay đổi")]
    [StringLength(PersonRating.ReasonMax, ErrorMessage = "Lý do thay đổi không được dài quá {1} ký tự.")]
    public string? Reason { get; set; }
}

/// <summary>A disciplinary measure as entered (POST /people/{id}/disciplines).</summary>
public sealed class DisciplineInput
{
    [Display(Name = "Hình thức kỷ luật")]
    [Required(ErrorMessage = "Vui lòng chọn hình thức kỷ luật.")]
    public DisciplineKind? Kind { get; set; }

    [Display(Name = "Số quyết định")]
    [Required(ErrorMessage = "Vui lòng nhập số quyết định kỷ luật.")]
    [StringLength(Discipline.DecisionNumberMax, ErrorMessage = "Số quyết định không được dài quá {1} ký tự.")]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ngày quyết định")]
    [Required(ErrorMessage = "Vui lòng nhập ngày quyết định kỷ luật.")]
    public DateOnly? DecisionDate { get; set; }

    [Display(Name = "Từ ngày")]
    [Required(ErrorMessage = "Vui lòng nhập ngày bắt đầu thi hành kỷ luật.")]
    public DateOnly? From { get; set; }

    [Display(Name = "Đến ngày")]
    public DateOnly? To { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(Discipline.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
    public string? Note { get; set; }
}
