using DanVan.Infrastructure.Web;

namespace DanVan.Features.Models;

/// <summary>Every expected failure of the Models feature, in Vietnamese.</summary>
public static class ModelErrors
{
    public static readonly AppError UnitRequired = new("model.unit", "Vui lòng chọn đơn vị chủ trì mô hình.", "UnitId");
    public static readonly AppError PersonNotInUnit = new("model.person", "Cá nhân chủ trì phải thuộc đơn vị chủ trì mô hình.", "PersonId");
    public static readonly AppError OriginNotRecognised = new("model.origin", "Chỉ nhân rộng được mô hình đã được công nhận.", "ReplicatedFromId");
    public static readonly AppError OriginNotFound = new("model.origin_missing", "Không tìm thấy mô hình gốc để nhân rộng.", "ReplicatedFromId");
    public static readonly AppError PlannedNotFound = new("model.planned", "Không tìm thấy mô hình dự kiến trong bản đăng ký thi đua của đơn vị.", "PlannedModelId");
    public static readonly AppError PlannedTaken = new("model.planned_taken", "Mô hình dự kiến này đã được chuyển thành mô hình.", "PlannedModelId", ErrorKind.Conflict);
    public static readonly AppError MovementNotFound = new("model.movement", "Không tìm thấy phong trào đã chọn.", "MovementId");
    public static readonly AppError EndBeforeStart = new("model.dates", "Ngày kết thúc phải sau ngày bắt đầu.", "EndsOn");
    public static readonly AppError PublishUnrecognised = new("model.publish", "Chỉ công bố công khai mô hình đã được công nhận.", "Published", ErrorKind.Conflict);
    public static readonly AppError DecisionNotFound = AppError.NotFound("quyết định công nhận");

    /// <summary>The level rule of <see cref="ReviewingBody"/>; <paramref name="act"/> is the act's Vietnamese label.</summary>
    public static AppError LevelReserved(string act) => new("model.level_reserved",
        $"Chỉ cơ quan thẩm định cấp tỉnh (được giao quyền thẩm định trên toàn tỉnh) mới được “{act}” đối với mô hình cấp tỉnh; "
        + "hội đồng thẩm định của đơn vị chỉ xử lý mô hình cấp cơ sở.", "Level");

    public static AppError NotEditable(ModelStatus status) => new("model.not_editable",
        $"Mô hình đang ở trạng thái “{status.Label()}” nên không sửa được nội dung.", null, ErrorKind.Conflict);

    public static AppError BadTransition(ModelAction action, ModelStatus status) => new("model.transition",
        $"Không thể “{action.Label()}” khi mô hình đang ở trạng thái “{status.Label()}”.", "Action", ErrorKind.Conflict);

    public static AppError AlreadyConfirmed(int year) => new("model.confirmed", $"Mô hình đã được xác nhận còn hiệu quả năm {year}.", "Action", ErrorKind.Conflict);
}
