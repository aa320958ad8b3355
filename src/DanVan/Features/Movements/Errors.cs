using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

/// <summary>Every expected failure of the Movements feature, in Vietnamese.</summary>
public static class MovementErrors
{
    public static readonly AppError DateOutOfRange = new("movement.date_range", "Ngày phải trong khoảng từ năm 1945 đến năm 2100.", "StartsOn");
    public static readonly AppError EndBeforeStart = new("movement.end", "Ngày kết thúc phải sau ngày phát động.", "EndsOn");
    public static readonly AppError CascadeBeforePlan = new("movement.cascade", "Hạn kế hoạch của đơn vị cấp dưới không được trước hạn kế hoạch của đơn vị.", "CascadeDeadline");
    public static readonly AppError FinalBeforeInterim = new("movement.final", "Ngày tổng kết phải sau ngày phát động và sau ngày sơ kết.", "FinalReviewOn");
    public static readonly AppError NotDraft = new("movement.not_draft", "Phong trào đã phát động; không thể sửa hoặc phát động lại.", null, ErrorKind.Conflict);
    public static readonly AppError Closed = new("movement.closed", "Phong trào đã kết thúc; không đổi lịch nhắc hạn được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError ReminderDays = new("movement.reminder_days",
        $"Số ngày làm việc nhắc trước hạn phải từ 0 đến {Movement.MaxReminderDays} (0: chỉ nhắc vào ngày làm việc trước hạn).", "ReminderDays");
    public static readonly AppError EscalationDays = new("movement.escalation_days",
        $"Số ngày làm việc quá hạn trước khi báo thủ trưởng đơn vị phải từ 1 đến {Movement.MaxReminderDays}.", "EscalationDays");
    public static readonly AppError NotLaunched = new("movement.not_launched", "Phong trào chưa phát động hoặc đã kết thúc.", null, ErrorKind.Conflict);
    public static readonly AppError PlanDocumentRequired = new("movement.plan_document", "Phải chọn văn bản kế hoạch phát động trước khi phát động phong trào.", "PlanDocumentId");
    public static readonly AppError PlanDocumentNotFound = new("movement.plan_document_missing", "Không tìm thấy văn bản kế hoạch phát động đã chọn.", "PlanDocumentId");
    public static readonly AppError DeadlinePassed = new("movement.deadline_passed", "Hạn ban hành kế hoạch của đơn vị đã qua; hãy sửa hạn trước khi phát động.", "PlanDeadline");
    public static readonly AppError NoParticipants = new("movement.no_participants", "Chọn ít nhất một đơn vị tham gia.", "Participants");
    public static readonly AppError NoParticipatingUnits = new("movement.no_units", "Không có đơn vị nào đang hoạt động thuộc phạm vi tham gia đã chọn.", "Participants");
    public static readonly AppError ParticipantNotFound = new("movement.participant", "Không tìm thấy đơn vị tham gia đã chọn.", "Participants");
    public static readonly AppError KindNotFound = new("movement.kind", "Loại đơn vị đã chọn không hợp lệ.", "Participants");
    public static readonly AppError ParticipantOutsideLauncher = new("movement.participant_scope", "Đơn vị tham gia phải thuộc đơn vị phát động.", "Participants");
    public static readonly AppError TooManyItems = new("movement.items", "Mỗi danh mục (nội dung, tiêu chuẩn, hình thức khen thưởng) có tối đa 100 mục.", "Items");
    public static readonly AppError EmptyItem = new("movement.item_empty", "Nội dung, tiêu chuẩn hoặc hình thức khen thưởng không được để trống.", "Items");
    public static readonly AppError BadQuota = new("movement.quota", "Chỉ tiêu khen thưởng phải là số nguyên dương.", "Items");
    public static readonly AppError NotRequired = new("movement.not_required", "Đơn vị này không phải ban hành kế hoạch.", null, ErrorKind.Conflict);
    public static readonly AppError AlreadyFiled = new("movement.already_filed", "Đơn vị đã nộp kế hoạch; hãy rút lại trước khi nộp kế hoạch khác.", null, ErrorKind.Conflict);
    public static readonly AppError NothingToWithdraw = new("movement.nothing_to_withdraw", "Đơn vị chưa nộp kế hoạch nên không có gì để rút lại.", null, ErrorKind.Conflict);
    public static readonly AppError WithdrawAfterDeadline = new("movement.withdraw_late", "Đã quá hạn ban hành kế hoạch; không thể rút lại kế hoạch đã nộp.", null, ErrorKind.Conflict);
    public static readonly AppError NoObligation = new("movement.no_obligation", "Đơn vị này không thuộc diện phải ban hành kế hoạch của phong trào.", "UnitId");
    public static readonly AppError PlanNotOfUnit = new("movement.plan_unit", "Kế hoạch nộp phải do chính đơn vị ban hành.", "DocumentId");
    public static readonly AppError PlanBeforeParent = new("movement.plan_date", "Kế hoạch của đơn vị không thể ban hành trước kế hoạch phát động phong trào.", "IssueDate");
    public static readonly AppError PlanIssuedInFuture = new("movement.plan_future", "Ngày ban hành kế hoạch không được sau ngày hôm nay.", "IssueDate");
    public static readonly AppError PlanWrongType = new("movement.plan_type", "Văn bản nộp phải là kế hoạch (Kế hoạch) của đơn vị.", "DocumentId");
    public static readonly AppError PlanWithoutIssueDate = new("movement.plan_no_date", "Văn bản đã chọn chưa có ngày ban hành; hãy bổ sung ngày ban hành trong sổ văn bản trước khi nộp.", "DocumentId");
    public static readonly AppError ReasonRequired = new("movement.reason", "Vui lòng nhập lý do (lý do được gửi tới đơn vị).", "Reason");
    public static readonly AppError AlreadyWaived = new("movement.already_waived", "Đơn vị này đã được miễn ban hành kế hoạch.", null, ErrorKind.Conflict);
    public static readonly AppError NotWaived = new("movement.not_waived", "Đơn vị này không được miễn nên không có gì để bỏ miễn.", null, ErrorKind.Conflict);
    public static readonly AppError WaiveFiled = new("movement.waive_filed", "Đơn vị đã nộp kế hoạch; không miễn được.", null, ErrorKind.Conflict);
    public static readonly AppError ExtendFiled = new("movement.extend_filed", "Đơn vị đã nộp kế hoạch; không gia hạn được.", null, ErrorKind.Conflict);
    public static readonly AppError ExtendNotLater = new("movement.extend_date", "Hạn mới phải sau hạn hiện tại và không trước ngày hôm nay.", "Until");
    public static readonly AppError NoUnitsChosen = new("movement.extend_units", "Chọn ít nhất một đơn vị (hoặc chọn tất cả đơn vị chưa nộp kế hoạch).", "UnitIds");
    public static readonly AppError CascadeDeadlineRequired = new("movement.cascade_required", "Vui lòng nhập hạn kế hoạch của đơn vị cấp dưới.", "CascadeDeadline");

    public static AppError DeadlineBeforeLaunch(string field, string label) =>
        new("movement.deadline_before_launch", $"{label} không được trước ngày phát động.", field);
}
