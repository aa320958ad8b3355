using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Awards;

/// <summary>
/// The fields an entry of the register is written with, shared by a new entry (<see cref="AwardRecordInput"/>) and a
/// correction (<see cref="CorrectAwardRecordInput"/>): the award, a household's name, the year, the decision and a note.
/// </summary>
public abstract class AwardRecordFields
{
    [Display(Name = "Danh hiệu, hình thức khen thưởng")]
    [Required(ErrorMessage = "Vui lòng chọn danh hiệu, hình thức khen thưởng.")]
    public Guid? AwardKindId { get; set; }

    [Display(Name = "Tên hộ gia đình")]
    [StringLength(AwardRecord.HolderMax, ErrorMessage = "Tên hộ gia đình không được dài quá {1} ký tự.")]
    public string? HouseholdName { get; set; }

    [Display(Name = "Năm thành tích")]
    [Required(ErrorMessage = "Vui lòng nhập năm thành tích.")]
    public int? Year { get; set; }

    [Display(Name = "Số quyết định")]
    [Required(ErrorMessage = "Vui lòng nhập số quyết định khen thưởng.")]
    [StringLength(AwardRecord.DecisionNumberMax, ErrorMessage = "Số quyết định không được dài quá {1} ký tự.")]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ngày quyết định")]
    [Required(ErrorMessage = "Vui lòng nhập ngày quyết định.")]
    public DateOnly? DecisionDate { get; set; }

    /// <summary>The decision in the document register, when it is there.</summary>
    [Display(Name = "Văn bản quyết định")]
    public Guid? DecisionDocumentId { get; set; }

    [Display(Name = "Ghi chú")]
    [StringLength(AwardRecord.NoteMax, ErrorMessage = "Ghi chú không được dài quá {1} ký tự.")]
    public string? Note { get; set; }
}

/// <summary>
/// One entry of the register as a client writes it (POST /award-records; the form of /Awards/Register). The holder
/// is a person (<see cref="PersonId"/>), a unit (<see cref="UnitId"/>) or a household (<see cref="AwardRecordFields.HouseholdName"/> in
/// the commune <see cref="UnitId"/>), as <see cref="Subject"/> says.
/// </summary>
public sealed class AwardRecordInput : AwardRecordFields
{
    [Display(Name = "Đối tượng")]
    [Required(ErrorMessage = "Vui lòng chọn đối tượng: cá nhân, tập thể hoặc hộ gia đình.")]
    public AwardSubject? Subject { get; set; }

    [Display(Name = "Người được khen thưởng")]
    public Guid? PersonId { get; set; }

    [Display(Name = "Đơn vị")]
    public Guid? UnitId { get; set; }

    /// <summary>Loại hình khen thưởng; thường xuyên when left out.</summary>
    [Display(Name = "Loại hình")]
    public CommendationType? Type { get; set; }
}

/// <summary>An entry of the register as the API and pages show it; <see cref="Link"/> is its place on the holder's page.</summary>
public sealed record AwardRecordDto(Guid Id, Guid AwardKindId, string AwardCode, string AwardName, AwardSubject Subject, string SubjectLabel,
    Guid? PersonId, Guid UnitId, string UnitName, string HolderName, int Year, CommendationType Type, string TypeLabel, bool CountsForMerit,
    string DecisionNumber, DateOnly DecisionDate, Guid? DecisionDocumentId, string? Note, string Source, string Link, DateTime? RevokedAt = null,
    DateTime? WithdrawnAt = null, string? WithdrawnReason = null, string? WithdrawnBy = null, int Version = 0, AwardRecordLastCorrection? LastCorrection = null);

/// <summary>The entry's latest correction in place (the register shows it on the row; GET /award-records/{id} lists them all).</summary>
public sealed record AwardRecordLastCorrection(DateTime At, string By, string Reason, int Count);
