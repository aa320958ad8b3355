using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.People;

/// <summary>What a user may set on a person. Tenant is never taken from the client; the unit only on create or transfer.</summary>
public sealed class PersonInput
{
    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Vui lòng nhập họ và tên.")]
    [StringLength(Person.FullNameMax, ErrorMessage = "Họ và tên không được dài quá {1} ký tự.")]
    [RegularExpression(@"^[\p{L}\p{M}][\p{L}\p{M} .'\-]*$", ErrorMessage = "Họ và tên chỉ gồm chữ cái, khoảng trắng và các ký tự . ' -")]
    public string? FullName { get; set; }

    [Display(Name = "Giới tính")]
    [Required(ErrorMessage = "Vui lòng chọn giới tính.")]
    public Gender? Gender { get; set; }

    [Display(Name = "Năm sinh")]
    [Range(Person.MinBirthYear, 2100, ErrorMessage = "Năm sinh phải từ {1} đến {2}.")]
    public int? BirthYear { get; set; }

    [Display(Name = "Chức vụ")]
    [StringLength(Person.PositionMax, ErrorMessage = "Chức vụ không được dài quá {1} ký tự.")]
    public string? Position { get; set; }

    [Display(Name = "Đối tượng")]
    [Required(ErrorMessage = "Vui lòng chọn đối tượng (cán bộ, công chức…).")]
    public StaffCategory? StaffCategory { get; set; }

    [Display(Name = "Đơn vị")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Dân tộc")]
    [StringLength(Person.EthnicityMax, ErrorMessage = "Dân tộc không được dài quá {1} ký tự.")]
    public string? Ethnicity { get; set; }

    [Display(Name = "Đảng viên")]
    public bool? IsPartyMember { get; set; }

    public PersonDetails ToDetails() =>
        new(FullName!, Gender!.Value, BirthYear, Position, StaffCategory!.Value, Ethnicity, IsPartyMember);
}
