using DanVan.Infrastructure.Web;

namespace DanVan.Features.Accounts;

public static class AccountErrors
{
    public static readonly AppError SystemAdminOnly = new("account.system_admin_only", "Chỉ quản trị hệ thống mới được giao vai trò Quản trị hệ thống.", "Role", ErrorKind.Forbidden);
    public static readonly AppError AlreadyAssigned = new("account.already_assigned", "Người dùng đã có vai trò này tại đơn vị này.", "Role", ErrorKind.Conflict);
    public static readonly AppError CannotDisableSelf = new("account.disable_self", "Không thể tự vô hiệu hóa tài khoản của chính mình.", null, ErrorKind.Invalid);
    public static readonly AppError LastAssignment = new("account.remove_own_admin", "Không thể tự gỡ quyền quản trị của chính mình.", null, ErrorKind.Invalid);
}
