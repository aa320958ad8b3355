using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Reports;

/// <summary>Every expected failure of report forms, campaigns and submissions, in Vietnamese.</summary>
public static class ReportErrors
{
    public static readonly AppError FormNotFound = AppError.NotFound("biểu mẫu báo cáo");
    public static readonly AppError CampaignNotFound = AppError.NotFound("đợt báo cáo");
    public static readonly AppError SubmissionNotFound = AppError.NotFound("báo cáo của đơn vị");
    public static readonly AppError UnitNotFound = AppError.NotFound("đơn vị");
    public static readonly AppError KindNotFound = AppError.NotFound("loại đơn vị");
    public static readonly AppError FormCodeRequired = new("report.form_code", "Nhập mã biểu mẫu (chữ, số, dấu chấm hoặc gạch dưới).", "Code");
    public static readonly AppError FormNameRequired = new("report.form_name", "Nhập tên biểu mẫu báo cáo.", "Name");
    public static readonly AppError NoFields = new("report.no_fields", "Biểu mẫu phải có ít nhất một chỉ tiêu hoặc nội dung.", "Fields");
    public static readonly AppError TooManyFields = new("report.too_many_fields", $"Biểu mẫu có tối đa {ReportForm.MaxFields} dòng.", "Fields");
    public static readonly AppError FieldIncomplete = new("report.field", "Mỗi dòng của biểu mẫu phải có phần, mã và tên chỉ tiêu.", "Fields");
    public static readonly AppError CampaignNameRequired = new("report.campaign_name", "Nhập tên đợt báo cáo.", "Name");
    public static readonly AppError DueRequired = new("report.due", "Nhập hạn nộp: một ngày, hoặc số ngày làm việc kể từ ngày phát động.", "DueOn");
    public static readonly AppError DueInPast = new("report.due_past", "Hạn nộp báo cáo phải sau hôm nay.", "DueOn");
    public static readonly AppError Days = new("report.days", $"Số ngày làm việc từ 1 đến {ReportCampaign.MaxWorkingDays}.", "WorkingDays");
    public static readonly AppError NoRecipients = new("report.no_recipients", "Không có đơn vị nào thuộc diện báo cáo (kiểm tra đơn vị, cấp dưới và loại đơn vị đã chọn).", "Recipients");
    public static readonly AppError Locked = new("report.locked", "Báo cáo đã được tiếp nhận nên không sửa, nộp hay trả lại được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError AlreadySubmitted = new("report.submitted", "Báo cáo đã nộp, đang chờ cấp trên xem xét; chỉ sửa được khi bị trả lại.", null, ErrorKind.Conflict);
    public static readonly AppError NotSubmitted = new("report.not_submitted", "Báo cáo chưa được nộp (hoặc đã bị trả lại) nên chưa tiếp nhận hay trả lại được.", null, ErrorKind.Conflict);
    public static readonly AppError ReturnReasonRequired = new("report.return_reason", "Trả lại báo cáo phải ghi lý do ở ít nhất một chỉ tiêu cần sửa.", "Reasons");

    public static readonly AppError ImportLayout = new("report.import_layout",
        "Tệp không đúng mẫu báo cáo: không thấy trang “Báo cáo” với dòng “Mã báo cáo” và bảng có cột “Mã chỉ tiêu”, “Giá trị”. "
        + "Hãy tải tệp Excel của chính báo cáo này về (nút “Tải Excel”), nhập số liệu rồi tải lên lại.", "file");

    public static AppError ImportOtherReport(string? unitName) => new("report.import_other_report",
        $"Tệp này là báo cáo khác{(unitName is { Length: > 0 } u ? $" (của {u})" : "")}, không phải báo cáo đang mở. "
        + "Hãy tải tệp Excel của chính báo cáo này về, nhập số liệu rồi tải lên lại.", "file");

    public static AppError ImportOtherForm(string? code, string? revision, string formCode, int formRevision) => new("report.import_other_form",
        $"Tệp theo biểu mẫu “{code ?? "?"}” phiên bản {revision ?? "?"}, còn đợt báo cáo này dùng biểu mẫu “{formCode}” phiên bản {formRevision}. "
        + "Hãy tải lại tệp Excel của báo cáo này (đúng phiên bản biểu mẫu) rồi nhập số liệu vào đó.", "file");

    public static AppError Year(int max) => new("report.year", $"Nhập năm báo cáo (từ 2000 đến {max}).", "Year");

    public static AppError FieldShape(string code) =>
        new("report.field_shape", $"Dòng “{code}”: mã tối đa {ReportField.CodeMax} ký tự (chữ không dấu, số, dấu chấm, gạch dưới), tên tối đa {ReportField.LabelMax} ký tự.", "Fields");

    public static AppError DuplicateCode(string code) => new("report.duplicate_code", $"Mã chỉ tiêu “{code}” bị trùng trong biểu mẫu.", "Fields");

    public static AppError TextNotComputed(string code) =>
        new("report.text_computed", $"Dòng “{code}” là nội dung chữ: không tính tổng hay lấy số liệu tự động được.", "Fields");

    public static AppError SumAndComputed(string code) =>
        new("report.sum_computed", $"Chỉ tiêu “{code}” không thể vừa là tổng của chỉ tiêu khác vừa lấy số liệu tự động.", "Fields");

    public static AppError BadSum(string code) =>
        new("report.bad_sum", $"Chỉ tiêu “{code}” là tổng của các chỉ tiêu số khác trong cùng biểu mẫu (không gồm chính nó).", "Fields");

    public static AppError UnknownField(string code) => new("report.unknown_field", $"Biểu mẫu không có chỉ tiêu mã “{code}”.", code);

    public static AppError NotACount(ReportField field) =>
        new("report.not_a_count", $"{field.Label}: nhập số nguyên không âm (chỉ gồm chữ số, ví dụ 12).", field.Code);

    public static AppError CorrectionReason(ReportField field, long computed) =>
        new("report.correction_reason", $"{field.Label}: số liệu tính từ hệ thống là {computed}; muốn điều chỉnh phải ghi lý do.", field.Code);

    public static AppError FieldRequired(ReportField field) => new("report.required", $"Vui lòng nhập {field.Label}.", field.Code);

    public static AppError SumMismatch(ReportField field, long parts) =>
        new("report.sum_mismatch", $"{field.Label} phải bằng tổng các chỉ tiêu thành phần ({parts}); kiểm tra lại số liệu.", field.Code);

    public static AppError DueText(DateOnly due) => new("report.due_on", $"Hạn nộp {VnTime.Date(due)}.", null);
}
