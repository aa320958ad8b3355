using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Units;

/// <summary>What a user may set on a unit. Tenant, path and status are never taken from the client.</summary>
public sealed class UnitInput
{
    [Display(Name = "Mã đơn vị")]
    [Required(ErrorMessage = "Vui lòng nhập mã đơn vị.")]
    [StringLength(Unit.CodeMax, ErrorMessage = "Mã đơn vị không được dài quá {1} ký tự.")]
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9._\-]*$", ErrorMessage = "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và các ký tự . _ -")]
    public string? Code { get; set; }

    [Display(Name = "Tên đơn vị")]
    [Required(ErrorMessage = "Vui lòng nhập tên đơn vị.")]
    [StringLength(Unit.NameMax, ErrorMessage = "Tên đơn vị không được dài quá {1} ký tự.")]
    public string? Name { get; set; }

    [Display(Name = "Tên viết tắt (dùng trong ký hiệu văn bản)")]
    [StringLength(Unit.ShortNameMax, ErrorMessage = "Tên viết tắt không được dài quá {1} ký tự.")]
    [RegularExpression(@"^[\p{L}0-9&.\-]*$", ErrorMessage = "Tên viết tắt chỉ gồm chữ cái, chữ số và các ký tự & . -")]
    public string? ShortName { get; set; }

    [Display(Name = "Loại đơn vị")]
    [Required(ErrorMessage = "Vui lòng chọn loại đơn vị.")]
    public Guid? KindId { get; set; }

    [Display(Name = "Đơn vị cấp trên")]
    public Guid? ParentId { get; set; }

    [Display(Name = "Hiệu lực từ ngày")]
    public DateOnly? ValidFrom { get; set; }
}
