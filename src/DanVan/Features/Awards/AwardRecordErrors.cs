using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>Every expected failure of the award register, in Vietnamese.</summary>
public static class AwardRecordErrors
{
    public static readonly AppError PersonRequired = new("award_record.person", "Vui lòng chọn người được khen thưởng.", "PersonId");
    public static readonly AppError UnitRequired = new("award_record.unit", "Vui lòng chọn đơn vị (tập thể được khen thưởng, hoặc xã, phường nơi hộ gia đình cư trú).", "UnitId");
    public static readonly AppError HouseholdRequired = new("award_record.household", "Vui lòng nhập tên hộ gia đình (họ tên chủ hộ).", "HouseholdName");
    public static readonly AppError DecisionNumberRequired = new("award_record.decision_number", "Vui lòng nhập số quyết định khen thưởng.", "DecisionNumber");
    public static readonly AppError DocumentNotFound = AppError.NotFound("văn bản quyết định");

    public static AppError Year(int max) => new("award_record.year", $"Năm thành tích phải từ {AwardRecord.MinYear} đến {max}.", "Year");

    public static AppError DecisionDate(DateOnly today) => new("award_record.decision_date",
        $"Ngày quyết định không được sau hôm nay ({today:dd/MM/yyyy}).", "DecisionDate");

    public static AppError DecisionBeforeYear(int year) => new("award_record.decision_before_year",
        $"Ngày quyết định phải từ năm thành tích ({year}) trở về sau.", "DecisionDate");

    public static AppError Inactive(AwardKind kind, DateOnly day) => new("award_record.inactive",
        $"“{kind.Name}” không còn áp dụng vào ngày quyết định {day:dd/MM/yyyy}.", "AwardKindId");

    /// <summary>The holder is visible but not in the units the user keeps the register for (names the holder, ADR 0003).</summary>
    public static AppError OutOfScope(string holder, string unitName) => new("award_record.out_of_scope",
        $"Bạn không có quyền ghi sổ khen thưởng cho “{holder}” ({unitName}): không thuộc đơn vị bạn được giao.", null, ErrorKind.Forbidden);

    public static AppError Duplicate(string holder, string award, int year, string decisionNumber) => new("award_record.duplicate",
        $"“{holder}” đã có “{award}” năm {year} trong sổ khen thưởng (quyết định số {decisionNumber}); mỗi danh hiệu, hình thức chỉ ghi một lần mỗi năm.",
        null, ErrorKind.Conflict);

    public static readonly AppError WithdrawReasonRequired = new("award_record.withdraw_reason",
        "Vui lòng nêu lý do rút mục này khỏi sổ (ví dụ: ghi nhầm người, nhầm danh hiệu, nhầm năm hoặc nhầm số quyết định).", "Reason");

    public static AppError Revoked(string decisionNumber, string step) => new("award_record.revoked",
        $"Khen thưởng theo quyết định số {decisionNumber} đã bị thu hồi bằng quyết định; mục đã thu hồi giữ nguyên trong sổ, không {step} được.",
        null, ErrorKind.Conflict);

    public static AppError AlreadyWithdrawn(string by, DateTime at) => new("award_record.withdrawn",
        $"Mục này đã được {by} rút khỏi sổ lúc {VnTime.DateAndTime(at)}.", null, ErrorKind.Conflict);

    public static AppError WrittenByDecision(string decisionNumber, string step) => new("award_record.by_decision",
        $"Mục này do quyết định số {decisionNumber} ghi vào sổ trong DanVan: chỉ một quyết định khác (thu hồi, hủy bỏ) thay đổi được, không {step} được.",
        null, ErrorKind.Conflict);

    public static readonly AppError CorrectReasonRequired = new("award_record.correct_reason",
        "Vui lòng nêu lý do sửa mục này (ví dụ: ghi nhầm năm thành tích, nhầm số hoặc ngày quyết định).", "Reason");

    public static readonly AppError NothingChanged = new("award_record.unchanged",
        "Không có gì thay đổi so với mục đang ghi trong sổ; hãy sửa ít nhất một thông tin.");
}
