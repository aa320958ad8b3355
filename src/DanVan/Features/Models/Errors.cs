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
    public static readonly AppError DecisionRequired = new("model.decision_required", "Công nhận mô hình phải căn cứ một quyết định công nhận: vui lòng chọn quyết định.", "DecisionId");
    public static readonly AppError DecisionNotADecision = new("model.decision_type",
        "Văn bản công nhận phải là một Quyết định (QĐ) đã vào sổ, không phải văn bản loại khác hoặc văn bản chỉ được trích dẫn.", "DecisionId");
    public static readonly AppError DecisionIssuerUnknown = new("model.decision_issuer",
        "Quyết định chưa ghi cơ quan ban hành là một đơn vị trong hệ thống nên không xác định được thẩm quyền công nhận.", "DecisionId");
    public static readonly AppError EvidenceFull = new("model.evidence_full", $"Mỗi mô hình có tối đa {ModelEvidence.MaxPerModel} tệp minh chứng.", "file");
    public static readonly AppError NotScorable = new("model.review_state", "Chỉ chấm điểm mô hình đang được đề nghị công nhận.", null, ErrorKind.Conflict);
    public static readonly AppError ScoredConcurrently = new("model.review_race",
        "Phiếu chấm của bạn vừa được ghi ở một yêu cầu khác; vui lòng tải lại trang và chấm lại nếu cần.", null, ErrorKind.Conflict);
    public static readonly AppError NotATransition = new("model.not_transition", "Công bố, thôi công bố có thao tác riêng (nút “Công bố công khai”).", "Action");
    public static readonly AppError YearInFuture = new("model.year_future", "Không xác nhận cho năm chưa tới.", "Year");
    public static readonly AppError NotPublished = new("model.not_published", "Mô hình chưa được công bố công khai.", "Published", ErrorKind.Conflict);

    /// <summary>The level rule of <see cref="ReviewingBody"/>; <paramref name="act"/> is the act's Vietnamese label.</summary>
    public static AppError LevelReserved(string act) => new("model.level_reserved",
        $"Chỉ cơ quan thẩm định cấp tỉnh (được giao quyền thẩm định trên toàn tỉnh) mới được “{act}” đối với mô hình cấp tỉnh; "
        + "hội đồng thẩm định của đơn vị chỉ xử lý mô hình cấp cơ sở.", "Level");

    public static AppError NotEditable(ModelStatus status) => new("model.not_editable",
        $"Mô hình đang ở trạng thái “{status.Label()}” nên không sửa được nội dung.", null, ErrorKind.Conflict);

    public static AppError BadTransition(ModelAction action, ModelStatus status) => new("model.transition",
        $"Không thể “{action.Label()}” khi mô hình đang ở trạng thái “{status.Label()}”.", "Action", ErrorKind.Conflict);

    public static AppError DecisionNotCompetent(ModelLevel level) => new("model.decision_competence", level == ModelLevel.Provincial
        ? "Mô hình cấp tỉnh phải được công nhận bằng quyết định của cơ quan cấp tỉnh (UBND tỉnh, Ban Tuyên giáo và Dân vận Tỉnh ủy…)."
        : "Quyết định công nhận phải do cơ quan cấp tỉnh, đơn vị chủ trì mô hình hoặc một đơn vị cấp trên của đơn vị đó ban hành.", "DecisionId");

    public static AppError AchievementBeforeModel(int year) => new("model.achievement_year", $"Năm thành tích không được trước năm của mô hình ({year}).", "Year");

    public static AppError AchievementAfterDecision(int year) => new("model.achievement_year",
        $"Năm thành tích không được sau năm ban hành quyết định công nhận ({year}).", "Year");

    public static AppError RecognitionLapsed(int confirmed, int year) => new("model.lapsed",
        $"Mô hình được công nhận đến năm {confirmed}; chưa xác nhận năm {confirmed + 1} nên không xác nhận năm {year} được (công nhận đã hết hiệu lực — "
        + "đưa ra khỏi danh sách rồi hoàn thiện, đề nghị công nhận lại).", "Year", ErrorKind.Conflict);

    public static AppError ReasonRequired(ModelAction action) => new("model.reason",
        $"Vui lòng ghi lý do “{action.Label()}”; lý do được hiển thị cho đơn vị chủ trì mô hình.", "Note");

    public static AppError AlreadyConfirmed(int year) => new("model.confirmed", $"Mô hình đã được xác nhận còn hiệu quả năm {year}.", "Action", ErrorKind.Conflict);
}

/// <summary>The rubric's rules (<see cref="ModelRubric"/>), in Vietnamese.</summary>
public static class RubricErrors
{
    public static readonly AppError NoCriteria = new("rubric.no_criteria", "Bộ tiêu chí phải có ít nhất một tiêu chí.", "Criteria");
    public static readonly AppError TooManyCriteria = new("rubric.too_many", $"Bộ tiêu chí có tối đa {ModelRubric.MaxCriteria} tiêu chí.", "Criteria");
    public static readonly AppError MinScore = new("rubric.min_score", $"Điểm tối thiểu phải từ 0 đến dưới {ModelRubric.ScoreCeiling}.", "MinScore");
    public static readonly AppError CitationRequired = new("rubric.citation", "Vui lòng ghi căn cứ (văn bản hướng dẫn công nhận mô hình của tỉnh: số, ngày, cơ quan ban hành).", "Citation");
    public static readonly AppError EffectivePast = new("rubric.effective_past", "Ngày áp dụng không được trước hôm nay: phiếu đã chấm theo bộ tiêu chí cũ giữ nguyên.", "EffectiveFrom");
    public static readonly AppError DocumentNotFound = AppError.NotFound("văn bản căn cứ");
    public static readonly AppError NoneInForce = AppError.NotFound("bộ tiêu chí chấm điểm mô hình đang áp dụng");
    public static readonly AppError NotProvinceBody = new("rubric.forbidden",
        "Chỉ cơ quan thẩm định cấp tỉnh (được giao quyền thẩm định mô hình trên toàn tỉnh) mới ban hành bộ tiêu chí chấm điểm.", null, ErrorKind.Forbidden);
    public static readonly AppError PublishedConcurrently = new("rubric.race", "Một phiên bản khác vừa được ban hành; vui lòng tải lại trang rồi thử lại.", null, ErrorKind.Conflict);

    public static AppError BadCode(int row) => new("rubric.code",
        $"Mã tiêu chí ở dòng {row} phải có từ 1 đến {ModelRubricCriterion.CodeMax} ký tự, chỉ gồm chữ thường không dấu (a–z), chữ số, “_” hoặc “-”.", "Criteria");

    public static AppError DuplicateCode(string code) => new("rubric.duplicate", $"Mã tiêu chí “{code}” bị trùng; mỗi tiêu chí một mã riêng.", "Criteria");

    public static AppError NameRequired(int row) => new("rubric.name", $"Vui lòng nhập tên tiêu chí ở dòng {row}.", "Criteria");

    public static AppError MaxScore(int row, int min) => new("rubric.max_score",
        $"Điểm tối đa của tiêu chí ở dòng {row} phải lớn hơn điểm tối thiểu ({min}) và không quá {ModelRubric.ScoreCeiling}.", "Criteria");

    public static AppError UnknownCriterion(string code) => new("rubric.unknown_criterion", $"Tiêu chí “{code}” không có trong bộ tiêu chí đang áp dụng.", "Scores");

    public static AppError ScoreRequired(ModelRubricCriterion c) => new("rubric.score_required", $"Vui lòng chấm điểm tiêu chí “{c.Name}”.", $"Scores[{c.Code}]");

    public static AppError ScoreOutOfScale(ModelRubricCriterion c, int min) => new("rubric.score_scale",
        $"Điểm tiêu chí “{c.Name}” phải từ {min} đến {c.MaxScore}.", $"Scores[{c.Code}]");
}
