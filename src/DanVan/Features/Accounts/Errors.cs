using DanVan.Infrastructure.Web;

namespace DanVan.Features.Accounts;

public static class AccountErrors
{
    public static readonly AppError SystemAdminOnly = new("account.system_admin_only", "Chỉ quản trị hệ thống mới được giao vai trò Quản trị hệ thống.", "Role", ErrorKind.Forbidden);
    public static readonly AppError AlreadyAssigned = new("account.already_assigned", "Người dùng đã có vai trò này tại đơn vị này.", "Role", ErrorKind.Conflict);
    public static readonly AppError CannotDisableSelf = new("account.disable_self", "Không thể tự vô hiệu hóa tài khoản của chính mình.", null, ErrorKind.Invalid);
    public static readonly AppError BeyondReach = new("account.beyond_reach",
        "Bạn chỉ được giao, gỡ phân quyền hoặc khóa tài khoản trong phạm vi mình quản trị: đơn vị (và các đơn vị trực thuộc) cùng vai trò không được rộng hơn quyền của bạn.",
        "IncludeDescendants", ErrorKind.Forbidden);
    public static readonly AppError OwnGrants = new("account.own_grants", "Không thể tự giao thêm phân quyền cho chính mình; hãy đề nghị quản trị cấp trên.", "Role", ErrorKind.Forbidden);
    public static readonly AppError LastAssignment = new("account.remove_own_admin", "Không thể tự gỡ quyền quản trị của chính mình.", null, ErrorKind.Invalid);
}
