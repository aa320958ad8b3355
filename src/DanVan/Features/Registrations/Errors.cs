using DanVan.Infrastructure.Web;

namespace DanVan.Features.Registrations;

/// <summary>Every expected failure of the Registrations feature, in Vietnamese.</summary>
public static class RegistrationErrors
{
    public static readonly AppError Approved = new("registration.approved", "Bản đăng ký đã được thủ trưởng phê duyệt nên không sửa được; đề nghị quản trị mở lại nếu cần.", null, ErrorKind.Conflict);
    public static readonly AppError Locked = new("registration.locked", "Đã hết hạn đăng ký thi đua; đề nghị quản trị mở lại nếu cần bổ sung.", null, ErrorKind.Conflict);
    public static readonly AppError ReopenInPast = new("registration.reopen_past", "Ngày hết hạn mở lại không được trước hôm nay.", "Until");
    public static readonly AppError NotParticipating = new("registration.not_participating", "Đơn vị này không tham gia phong trào nên không đăng ký thi đua được.", "UnitId");
    public static readonly AppError NotFoundForUnit = new("registration.missing", "Đơn vị chưa có bản đăng ký thi đua.", null, ErrorKind.NotFound);
    public static readonly AppError EmptyModelName = new("registration.model_name", "Tên mô hình không được để trống.", "Models");
    public static readonly AppError TooManyModels = new("registration.models", "Mỗi bản đăng ký có tối đa 50 mô hình.", "Models");
    public static readonly AppError TooManyPeople = new("registration.people", "Mỗi lần đăng ký tối đa 1.000 người.", "PersonIds");
    public static readonly AppError PersonNotInUnit = new("registration.person_unit", "Chỉ đăng ký được người thuộc đơn vị (và các đơn vị trực thuộc) mà bạn được xem.", "PersonIds");

    public static AppError UnknownTitle(string code) => new("registration.title", $"Danh hiệu “{code}” không có trong danh mục.", "Titles");
}
