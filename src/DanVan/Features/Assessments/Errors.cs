using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>Every expected failure of the Assessments feature, in Vietnamese, naming the field or criterion.</summary>
public static class AssessmentErrors
{
    public static readonly AppError SetFrozen = new("assessment.set_frozen",
        "Bộ tiêu chí đã được dùng cho một đợt đánh giá nên không sửa được; quy định thay đổi thì tạo phiên bản mới.", null, ErrorKind.Conflict);
    public static readonly AppError BadSuperiorShare = new("assessment.superior_share", "Điểm dành cho cấp trên phải từ 0 đến 1.000, tối đa hai chữ số thập phân.", "SuperiorShare");
    public static readonly AppError BadCap = new("assessment.cap", "Tỷ lệ tối đa của mức cao nhất phải từ 1 đến 100 (%).", "TopRankCapPercent");
    public static readonly AppError NoCriteria = new("assessment.no_criteria", "Bộ tiêu chí phải có ít nhất một tiêu chí.", "Criteria");
    public static readonly AppError TooManyCriteria = new("assessment.too_many", $"Bộ tiêu chí có tối đa {CriteriaSet.MaxCriteria} tiêu chí.", "Criteria");
    public static readonly AppError BandCount = new("assessment.bands", $"Cần từ 2 đến {CriteriaSet.MaxBands} mức xếp loại.", "Bands");
    public static readonly AppError BandLabel = new("assessment.band_label", $"Mỗi mức xếp loại cần có tên (tối đa {RankBand.LabelMax} ký tự).", "Bands");
    public static readonly AppError BandsDistinct = new("assessment.bands_distinct", "Các mức xếp loại phải khác tên và khác điểm tối thiểu.", "Bands");
    public static readonly AppError BandLowest = new("assessment.band_lowest",
        "Mức thấp nhất phải bắt đầu từ 0 điểm và mọi mức trong khoảng 0–1.000 điểm (tối đa hai chữ số thập phân).", "Bands");
    public static readonly AppError YearOutOfRange = new("assessment.year", "Năm đánh giá phải từ 2000 đến 2100.", "Year");
    public static readonly AppError SetNotFound = AppError.NotFound("bộ tiêu chí");
    public static readonly AppError RoundNotFound = AppError.NotFound("đợt đánh giá");
    public static readonly AppError AssessmentNotFound = AppError.NotFound("kết quả đánh giá của đơn vị");
    public static readonly AppError NoPreviousSet = new("assessment.no_previous", "Chưa có bộ tiêu chí năm trước để sao chép.", "Year", ErrorKind.NotFound);
    public static readonly AppError AppraisalBeforeSelf = new("assessment.appraisal_due", "Hạn thẩm định không được trước hạn tự chấm.", "AppraisalDue");
    public static readonly AppError BadAppealDays = new("assessment.appeal_days", "Thời hạn kiến nghị phải từ 1 đến 60 ngày làm việc.", "AppealWorkingDays");
    public static readonly AppError NoParticipants = new("assessment.participants", "Chọn ít nhất một đơn vị tham gia đánh giá.", "Participants");
    public static readonly AppError NoUnitsMatched = new("assessment.no_units", "Không có đơn vị đang hoạt động nào khớp với phạm vi tham gia đã chọn.", "Participants");
    public static readonly AppError RoundExists = new("assessment.round_exists", "Năm này đã có đợt đánh giá dùng bộ tiêu chí này.", "CriteriaSetId", ErrorKind.Conflict);
    public static readonly AppError RoundDecided = new("assessment.decided",
        "Đợt đánh giá đã có quyết định công nhận kết quả xếp loại nên không ai sửa được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError NotEditable = new("assessment.not_editable",
        "Bản tự chấm đã nộp nên đơn vị không sửa được; chỉ sửa khi đang soạn hoặc bị trả lại.", null, ErrorKind.Conflict);
    public static readonly AppError NotSubmitted = new("assessment.not_submitted", "Chỉ thẩm định hoặc trả lại bản tự chấm đã nộp và chưa có kết quả.", null, ErrorKind.Conflict);
    public static readonly AppError ReturnReasonRequired = new("assessment.return_reason",
        "Trả lại phải nêu lý do: chung cho cả bản hoặc cho từng tiêu chí cần sửa.", "Note");
    public static readonly AppError SuperiorMissing = new("assessment.superior_missing", "Chưa chấm phần điểm của cấp trên.", "SuperiorPoints");
    public static readonly AppError CannotAppeal = new("assessment.cannot_appeal", "Chỉ kiến nghị được một lần, sau khi có kết quả thẩm định.", null, ErrorKind.Conflict);
    public static readonly AppError AppealEmpty = new("assessment.appeal_empty", "Kiến nghị phải nêu ít nhất một tiêu chí và lý do.", "Arguments");
    public static readonly AppError NoOpenAppeal = new("assessment.no_appeal", "Đơn vị không có kiến nghị đang chờ trả lời.", null, ErrorKind.Conflict);
    public static readonly AppError NotReadyToDecide = new("assessment.not_ready", "Còn đơn vị chưa có kết quả thẩm định hoặc kiến nghị chưa được trả lời.", null, ErrorKind.Conflict);
    public static readonly AppError DecisionRequired = new("assessment.decision", "Chọn quyết định công nhận kết quả xếp loại trong sổ văn bản.", "DecisionDocumentId");
    public static readonly AppError DecisionNotADecision = new("assessment.decision_type", "Văn bản được chọn không phải là quyết định.", "DecisionDocumentId");

    /// <summary>The field of the criterion at <paramref name="index"/> (0-based, in the order written): the editor and the import place the message there.</summary>
    public static string CriterionField(int index, string member) => $"Criteria[{index}].{member}";

    public static AppError CriterionCode(int index) => new("assessment.criterion_code",
        $"Tiêu chí dòng {index + 1}: cần mã (STT) dài tối đa {AssessmentCriterion.CodeMax} ký tự.", CriterionField(index, nameof(CriterionInput.Code)));

    public static AppError DuplicateCode(int index, string code) => new("assessment.duplicate_code", $"Mã tiêu chí “{code}” bị trùng.",
        CriterionField(index, nameof(CriterionInput.Code)));

    public static AppError CriterionName(int index, string code) => new("assessment.criterion_name",
        $"Tiêu chí {code}: cần tên (tối đa {AssessmentCriterion.NameMax} ký tự).", CriterionField(index, nameof(CriterionInput.Name)));

    public static AppError CriterionGroup(int index, string code) => new("assessment.criterion_group", $"Tiêu chí {code}: cần tên nhóm tiêu chí.",
        CriterionField(index, nameof(CriterionInput.Group)));

    public static AppError CriterionMax(int index, string code, bool prerequisite) => new("assessment.criterion_max", prerequisite
        ? $"Tiêu chí {code} là tiêu chí điều kiện (đạt/không đạt) nên điểm tối đa phải là 0."
        : $"Tiêu chí {code}: điểm tối đa phải lớn hơn 0, không quá 1.000, tối đa hai chữ số thập phân.", CriterionField(index, nameof(CriterionInput.MaxPoints)));

    public static AppError UnknownCriterion(string code) => new("assessment.unknown_criterion", $"Tiêu chí “{code}” không có trong bộ tiêu chí áp dụng cho đơn vị.", "Scores");

    public static AppError PointsOutOfRange(string code, decimal max) =>
        new("assessment.points", $"Tiêu chí {code}: điểm phải từ 0 đến {Points.Format(max)}, tối đa hai chữ số thập phân.", "Scores");

    public static AppError PrerequisiteNeedsMet(string code) => new("assessment.met", $"Tiêu chí {code} là tiêu chí điều kiện: chọn Đạt hoặc Không đạt, không chấm điểm.", "Scores");

    public static AppError PastSelfDeadline(DateOnly due) =>
        new("assessment.self_due", $"Đã hết hạn tự chấm ({VnTime.Date(due)}); đề nghị Sở Nội vụ xem xét nếu cần bổ sung.", null, ErrorKind.Conflict);

    public static AppError Unanswered(string code) => new("assessment.unanswered", $"Tiêu chí {code} chưa được tự chấm.", "Scores");

    public static readonly AppError EvidenceNotFound = AppError.NotFound("minh chứng");

    public static readonly AppError EvidenceSourceRequired = new("assessment.evidence_source",
        "Chọn tệp minh chứng (PDF, DOCX, JPG, PNG) hoặc một hồ sơ có sẵn trong hệ thống để gắn làm minh chứng.", "file");

    public static readonly AppError EvidenceNotSuggested = new("assessment.evidence_record",
        "Hồ sơ được chọn không thuộc các minh chứng có sẵn của đơn vị trong năm đánh giá.", "RecordId");

    public static AppError EvidenceFull(string code) =>
        new("assessment.evidence_full", $"Tiêu chí {code} đã có {AssessmentEvidence.MaxPerCriterion} minh chứng (tối đa); gỡ bớt trước khi thêm.", "file");

    public static AppError EvidenceLinkedTwice(string code) =>
        new("assessment.evidence_twice", $"Hồ sơ này đã được gắn làm minh chứng cho tiêu chí {code}.", "RecordId", ErrorKind.Conflict);

    public static AppError EvidenceMissing(string code) => new("assessment.evidence", $"Tiêu chí {code} bắt buộc có minh chứng.", "Scores");

    public static AppError ReasonRequired(string code) =>
        new("assessment.reason", $"Tiêu chí {code}: điểm thẩm định khác điểm tự chấm nên phải ghi lý do.", "Scores");

    public static AppError BadSuperiorPoints(decimal max) =>
        new("assessment.superior_points", $"Điểm của cấp trên phải từ 0 đến {Points.Format(max)}, tối đa hai chữ số thập phân.", "SuperiorPoints");

    public static AppError NotAppraised(string code) => new("assessment.not_appraised", $"Tiêu chí {code} chưa được thẩm định.", "Scores");

    public static AppError AppealClosed(DateOnly until) =>
        new("assessment.appeal_closed", $"Đã hết thời hạn kiến nghị ({VnTime.Date(until)}).", null, ErrorKind.Conflict);

    public static AppError AnswerReasonRequired(string code) => new("assessment.answer_reason", $"Tiêu chí {code}: trả lời kiến nghị phải nêu lý do.", "Answers");

    public static AppError SameAppraiser(string code) => new("assessment.same_appraiser",
        $"Tiêu chí {code}: người đã chấm thẩm định không tự trả lời kiến nghị về điểm của mình; đề nghị thành viên khác của tổ thẩm định.", "Answers", ErrorKind.Forbidden);
}
