using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Movements;

/// <summary>What a user sets on a movement while it is a draft. Tenant never comes from the client.</summary>
public sealed class MovementInput
{
    [Display(Name = "Tên phong trào")]
    [Required(ErrorMessage = "Vui lòng nhập tên phong trào.")]
    [StringLength(Movement.NameMax, ErrorMessage = "Tên phong trào không được dài quá {1} ký tự.")]
    public string? Name { get; set; }

    [Display(Name = "Chủ đề")]
    [StringLength(Movement.ThemeMax, ErrorMessage = "Chủ đề không được dài quá {1} ký tự.")]
    public string? Theme { get; set; }

    [Display(Name = "Năm")]
    [Required(ErrorMessage = "Vui lòng nhập năm.")]
    [Range(1945, 2100, ErrorMessage = "Năm phải từ {1} đến {2}.")]
    public int? Year { get; set; }

    [Display(Name = "Hình thức")]
    [Required(ErrorMessage = "Vui lòng chọn hình thức thi đua (thường xuyên / chuyên đề).")]
    public MovementForm? Form { get; set; }

    [Display(Name = "Đơn vị phát động")]
    [Required(ErrorMessage = "Vui lòng chọn đơn vị phát động.")]
    public Guid? LaunchingUnitId { get; set; }

    [Display(Name = "Kế hoạch phát động")]
    public Guid? PlanDocumentId { get; set; }

    [Display(Name = "Ngày phát động")]
    [Required(ErrorMessage = "Vui lòng nhập ngày phát động.")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Ngày kết thúc")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Đối tượng tập thể")]
    [StringLength(Movement.SubjectsMax, ErrorMessage = "Đối tượng tập thể không được dài quá {1} ký tự.")]
    public string? CollectiveSubjects { get; set; }

    [Display(Name = "Đối tượng cá nhân")]
    [StringLength(Movement.SubjectsMax, ErrorMessage = "Đối tượng cá nhân không được dài quá {1} ký tự.")]
    public string? IndividualSubjects { get; set; }

    [Display(Name = "Hạn ban hành kế hoạch của đơn vị")]
    [Required(ErrorMessage = "Vui lòng nhập hạn ban hành kế hoạch của các đơn vị.")]
    public DateOnly? PlanDeadline { get; set; }

    [Display(Name = "Giao tiếp cho đơn vị cấp dưới")]
    public bool CascadeToSubunits { get; set; }

    [Display(Name = "Hạn kế hoạch của đơn vị cấp dưới")]
    public DateOnly? CascadeDeadline { get; set; }

    [Display(Name = "Hạn đăng ký thi đua")]
    public DateOnly? RegistrationDeadline { get; set; }

    [Display(Name = "Ngày sơ kết")]
    public DateOnly? InterimReviewOn { get; set; }

    [Display(Name = "Ngày tổng kết")]
    public DateOnly? FinalReviewOn { get; set; }

    [Display(Name = "Hạn nộp hồ sơ khen thưởng")]
    public DateOnly? NominationDeadline { get; set; }

    public List<ParticipantInput>? Participants { get; set; }

    public List<ItemInput>? Items { get; set; }

    /// <summary>An empty cascade deadline takes the default (<see cref="MovementSettings.DefaultCascadeDeadlineAsync"/>: N working days after the units' deadline).</summary>
    public MovementDetails ToDetails(DateOnly? defaultCascadeDeadline) => new(Name!, Theme, Year!.Value, Form!.Value, PlanDocumentId, StartsOn!.Value, EndsOn,
        Clean(CollectiveSubjects), Clean(IndividualSubjects), PlanDeadline!.Value, CascadeToSubunits,
        CascadeToSubunits ? CascadeDeadline ?? defaultCascadeDeadline : null, RegistrationDeadline,
        InterimReviewOn, FinalReviewOn, NominationDeadline);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

public sealed class ParticipantInput
{
    public Guid UnitId { get; set; }
    public bool IncludeDescendants { get; set; }
    public Guid? KindId { get; set; }
}

public sealed class ItemInput
{
    public MovementItemKind Kind { get; set; }
    public string? Text { get; set; }
    public string? RuleCode { get; set; }
    public int? Quota { get; set; }
}
