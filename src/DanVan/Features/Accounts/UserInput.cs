using System.ComponentModel.DataAnnotations;

namespace DanVan.Features.Accounts;

public sealed class UserInput
{
    [Display(Name = "Tên đăng nhập")]
    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
    [StringLength(AppUser.UserNameMax, MinimumLength = 3, ErrorMessage = "Tên đăng nhập phải có từ {2} đến {1} ký tự.")]
    [RegularExpression(@"^[a-z0-9][a-z0-9._\-]*$", ErrorMessage = "Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các ký tự . _ -")]
    public string? UserName { get; set; }

    [Display(Name = "Họ và tên")]
    [Required(ErrorMessage = "Vui lòng nhập họ và tên.")]
    [StringLength(AppUser.FullNameMax, ErrorMessage = "Họ và tên không được dài quá {1} ký tự.")]
    public string? FullName { get; set; }

    [Display(Name = "Mật khẩu ban đầu")]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu ban đầu.")]
    [StringLength(AppUser.PasswordMax, MinimumLength = AppUser.PasswordMin, ErrorMessage = "Mật khẩu phải có từ {2} đến {1} ký tự.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Vai trò")]
    [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
    public Role? Role { get; set; }

    [Display(Name = "Đơn vị")]
    [Required(ErrorMessage = "Vui lòng chọn đơn vị.")]
    public Guid? UnitId { get; set; }

    [Display(Name = "Gồm cả các đơn vị trực thuộc")]
    public bool IncludeDescendants { get; set; } = true;
}

public sealed class AssignmentInput
{
    [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
    public Role? Role { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn đơn vị.")]
    public Guid? UnitId { get; set; }

    public bool IncludeDescendants { get; set; } = true;
}
