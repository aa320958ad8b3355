using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>Every expected failure of contests, in Vietnamese.</summary>
public static class ContestErrors
{
    public static readonly AppError NotFound = AppError.NotFound("hội thi");
    public static readonly AppError TeamNotFound = AppError.NotFound("đội thi");
    public static readonly AppError UnitNotFound = AppError.NotFound("đơn vị");
    public static readonly AppError PlanRequired = new("contest.plan", "Chọn văn bản kế hoạch tổ chức hội thi trong sổ văn bản.", "PlanDocumentId");
    public static readonly AppError PlanNotFound = AppError.NotFound("văn bản kế hoạch");
    public static readonly AppError OrganiserRequired = new("contest.organiser", "Chọn đơn vị chủ trì tổ chức hội thi.", "OrganisingUnitId");
    public static readonly AppError Dates = new("contest.dates", "Nhập ngày bắt đầu và ngày kết thúc hội thi; ngày kết thúc không được trước ngày bắt đầu.", "StartsOn");
    public static readonly AppError DeadlineAfterStart = new("contest.deadline", "Hạn đăng ký đội thi phải trước ngày bắt đầu hội thi.", "RegistrationDeadline");
    public static readonly AppError TeamSize = new("contest.team_size",
        $"Số thành viên mỗi đội: tối thiểu từ 1, tối đa không nhỏ hơn tối thiểu và không quá {ContestRules.MaxTeamSize}.", "TeamMin");
    public static readonly AppError Reserves = new("contest.reserves", $"Số thành viên dự bị từ 0 đến {ContestRules.MaxTeamSize}.", "ReservesMax");
    public static readonly AppError Positions = new("contest.positions",
        $"Mỗi chức vụ được dự thi ghi một dòng, không chứa dấu “;”; tổng cộng tối đa {Contest.PositionsMax} ký tự.", "AllowedPositions");
    public static readonly AppError EligibleRequired = new("contest.eligible",
        $"Chọn các đơn vị được cử đội dự thi (từ 1 đến {ContestRules.MaxEligible} dòng; chọn đơn vị cấp trên kèm cấp dưới).", "Eligible");
    public static readonly AppError KindNotFound = AppError.NotFound("loại đơn vị");
    public static readonly AppError ClusterName = new("contest.cluster", $"Tên cụm thi không được để trống, tối đa {ContestCluster.NameMax} ký tự; tối đa {ContestRules.MaxClusters} cụm.", "Clusters");
    public static readonly AppError ClusterDuplicate = new("contest.cluster_duplicate", "Hai cụm thi trùng tên.", "Clusters");
    public static readonly AppError RoundsRequired = new("contest.rounds", $"Hội thi có từ 1 đến {ContestRules.MaxRounds} vòng thi.", "Rounds");
    public static readonly AppError FinalLast = new("contest.final_last", "Vòng chung kết phải là vòng cuối cùng.", "Rounds");
    public static readonly AppError PreliminaryNeedsClusters = new("contest.preliminary_clusters", "Vòng sơ khảo thi theo cụm: hãy khai báo các cụm thi.", "Clusters");
    public static readonly AppError RulesFixed = new("contest.rules_fixed", "Hội thi đã công bố thể lệ; không sửa cấu hình được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError AlreadyOpen = new("contest.open", "Hội thi đã được công bố.", null, ErrorKind.Conflict);
    public static readonly AppError NotOpen = new("contest.not_open", "Hội thi chưa công bố thể lệ; chưa đăng ký đội thi được.", null, ErrorKind.Conflict);
    public static readonly AppError NotEligible = new("contest.unit_not_eligible", "Đơn vị này không thuộc đối tượng được cử đội dự thi.", "UnitId");
    public static readonly AppError TeamExists = new("contest.team_exists", "Đơn vị đã đăng ký đội thi cho hội thi này.", null, ErrorKind.Conflict);
    public static readonly AppError NotWaiting = new("contest.team_not_waiting", "Đội thi không ở trạng thái chờ xét.", null, ErrorKind.Conflict);
    public static readonly AppError ReasonRequired = new("contest.reason", "Nhập lý do.", "Reason");
    public static readonly AppError ClusterRequired = new("contest.team_cluster", "Chọn cụm thi của đội.", "ClusterId");
    public static readonly AppError CodeNameTaken = new("contest.code_name", "Mật danh này đã dùng cho đội khác.", "CodeName", ErrorKind.Conflict);
    public static readonly AppError CodeNameTooLong = AppError.TooLong("CodeName", "Mật danh", ContestTeam.CodeNameMax);
    public static readonly AppError OneCaptain = new("contest.captain", "Mỗi đội có đúng một đội trưởng.", "Members");
    public static readonly AppError DuplicateMember = new("contest.member_twice", "Một người được chọn hai lần.", "Members");
    public static readonly AppError IneligibleMember = new("contest.member_ineligible",
        "Thành viên phải là người của đơn vị (hoặc đơn vị trực thuộc) và giữ chức vụ được dự thi theo thể lệ.", "Members");
    public static readonly AppError SubstituteNotAccepted = new("contest.substitute_state", "Chỉ thay thành viên của đội đã được tiếp nhận.", null, ErrorKind.Conflict);
    public static readonly AppError NotAMember = new("contest.not_member", "Người được thay không phải thành viên hiện tại của đội.", "OutPersonId");
    public static readonly AppError AlreadyInTeam = new("contest.already_in_team", "Người thay vào đã là thành viên của đội.", "InPersonId");
    public static readonly AppError ContestOver = new("contest.over", "Hội thi đã kết thúc.", null, ErrorKind.Conflict);

    public static readonly AppError JudgeNotFound = AppError.NotFound("giám khảo");
    public static readonly AppError SheetNotFound = AppError.NotFound("phiếu chấm");
    public static readonly AppError PartNotFound = AppError.NotFound("phần thi");
    public static readonly AppError RoundNotFound = AppError.NotFound("vòng thi");
    public static readonly AppError AccountNotFound = AppError.NotFound("tài khoản của giám khảo");
    public static readonly AppError PersonNotFound = AppError.NotFound("người làm giám khảo");
    public static readonly AppError JudgeName = new("contest.judge_name",
        $"Giám khảo khách mời: nhập họ tên (tối đa {ContestJudge.NameMax} ký tự) và cơ quan (tối đa {ContestJudge.OrganisationMax} ký tự).", "Name");
    public static readonly AppError JudgeTwice = new("contest.judge_twice", "Tài khoản này đã là giám khảo của vòng thi.", "UserId", ErrorKind.Conflict);
    public static readonly AppError JudgeHasSheets = new("contest.judge_has_sheets", "Giám khảo đã có phiếu chấm; không bỏ khỏi vòng thi được.", null, ErrorKind.Conflict);
    public static readonly AppError JudgesFull = new("contest.judges_full", $"Mỗi vòng thi có tối đa {ContestRules.MaxJudges} giám khảo.", null, ErrorKind.Conflict);
    public static readonly AppError ConflictTwice = new("contest.conflict_twice", "Đã khai báo xung đột giữa giám khảo và đội thi này.", null, ErrorKind.Conflict);
    public static readonly AppError ConflictReasonTooLong = AppError.TooLong("Reason", "Lý do", ContestConflict.ReasonMax);
    public static readonly AppError NotAJudge = new("contest.not_judge", "Bạn không phải giám khảo của phần thi này.", null, ErrorKind.Forbidden);
    public static readonly AppError TeamNotInRound = new("contest.team_not_in_round", "Đội này không thi ở vòng này (chưa được tiếp nhận, không thuộc hội thi, hoặc không vào được vòng này từ vòng trước).", "TeamId");
    public static readonly AppError NoCriteria = new("contest.no_criteria", "Phần thi này không có tiêu chí chấm của giám khảo.", null, ErrorKind.Conflict);
    public static readonly AppError PointsIncomplete = new("contest.points", "Nhập điểm đủ các tiêu chí của phần thi, mỗi tiêu chí một lần.", "Points");
    public static readonly AppError PartClosed = new("contest.part_closed",
        "Phần thi đã khóa điểm; chỉ trưởng ban giám khảo hoặc ban tổ chức sửa phiếu chấm, kèm lý do.", null, ErrorKind.Conflict);
    public static readonly AppError PartNotClosed = new("contest.part_open", "Phần thi chưa khóa điểm; giám khảo (hoặc thư ký với phiếu giấy) tự sửa phiếu.", null, ErrorKind.Conflict);
    public static readonly AppError PaperSheetExists = new("contest.paper_sheet",
        "Phiếu này đã được thư ký nhập từ phiếu giấy của giám khảo; không nhập trên máy được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError JudgeSheetExists = new("contest.judge_sheet", "Giám khảo đã tự nhập phiếu này trên máy.", null, ErrorKind.Conflict);
    public static readonly AppError SheetConfirmed = new("contest.sheet_confirmed", "Phiếu chấm đã được xác nhận.", null, ErrorKind.Conflict);
    public static readonly AppError NotFirstEntrant = new("contest.not_first_entrant",
        "Phiếu giấy đã có người nhập lần đầu; người khác chỉ nhập lần hai để đối chiếu.", null, ErrorKind.Conflict);
    public static readonly AppError SamePerson = new("contest.same_person",
        "Người nhập lần hai để xác nhận phải khác người đã nhập lần đầu phiếu giấy này.", null, ErrorKind.Conflict);
    public static readonly AppError NoFirstEntry = new("contest.no_first_entry", "Phiếu giấy này chưa được nhập lần đầu.", null, ErrorKind.Conflict);
    public static readonly AppError ChairPartOpen = new("contest.part_open",
        "Phần thi đang chấm: trưởng ban giám khảo xem phiếu của các giám khảo khác sau khi ban tổ chức khóa điểm phần thi (mỗi giám khảo chỉ thấy phiếu của mình khi đang chấm).",
        null, ErrorKind.Conflict);

    public static readonly AppError NotChair = new("contest.not_chair",
        "Chỉ trưởng ban giám khảo hoặc ban tổ chức sửa phiếu chấm sau khi phần thi khóa điểm.", null, ErrorKind.Forbidden);
    public static readonly AppError StandingsHidden = new("contest.standings_hidden",
        "Kết quả vòng thi được xem khi tất cả các phần thi của vòng đã khóa điểm.", null, ErrorKind.Forbidden);
    public static readonly AppError CloseNotConfirmed = new("contest.close_unconfirmed",
        "Đánh dấu ô xác nhận để khóa điểm phần thi: sau khi khóa, phiếu chấm chỉ được sửa bởi trưởng ban giám khảo hoặc ban tổ chức, kèm lý do.", null);
    public static readonly AppError ResultsLocked = new("contest.results_locked",
        "Kết quả vòng thi đã công bố (đang công bố từng đội hoặc đã chốt): không nhập, sửa phiếu chấm, điểm danh hay khóa điểm được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError BoardNotLive = new("contest.board_not_live", "Bảng điểm của vòng thi đã đóng băng hoặc đã công bố.", null, ErrorKind.Conflict);
    public static readonly AppError BoardNotFrozen = new("contest.board_not_frozen",
        "Chỉ công bố từng đội khi bảng điểm đang đóng băng hoặc đang công bố; vòng thi không đóng băng thì chốt kết quả ngay.", null, ErrorKind.Conflict);
    public static readonly AppError BoardPartsOpen = new("contest.board_parts_open",
        "Còn phần thi của vòng chưa khóa điểm: khóa điểm tất cả các phần thi rồi mới công bố hoặc chốt kết quả.", null, ErrorKind.Conflict);
    public static readonly AppError BoardAllRevealed = new("contest.board_all_revealed", "Đã công bố hết các đội; hãy chốt kết quả.", null, ErrorKind.Conflict);
    public static readonly AppError BoardFinal = new("contest.board_final", "Kết quả vòng thi đã được chốt.", null, ErrorKind.Conflict);
    public static readonly AppError DaysLate = new("contest.days_late", "Số ngày nộp muộn từ 0 đến 365.", "DaysLate");

    public static readonly AppError AcceptAfterResults = new("contest.accept_after_results",
        "Kết quả một vòng của hội thi đã công bố: không tiếp nhận thêm đội dự thi được nữa.", null, ErrorKind.Conflict);

    public static AppError BoardNoTeams(string why) => new("contest.board_no_teams", $"Vòng thi chưa có đội nào. {why}", null, ErrorKind.Conflict);

    public static AppError UnconfirmedSheets(int count) => new("contest.unconfirmed",
        $"Còn {count} phiếu chấm giấy chưa được xác nhận (chưa nhập lần hai hoặc hai lần nhập lệch nhau); xác nhận xong mới khóa điểm phần thi.", null, ErrorKind.Conflict);

    public static AppError TrimFrom(string part) => new("contest.trim_from",
        $"{part}: số giám khảo để bỏ điểm cao nhất và thấp nhất phải từ 3 đến {ContestRules.MaxJudges}.", "Rounds");

    public static AppError Recused(string reason) => new("contest.recused", $"Giám khảo không chấm đội này: {reason}.", null, ErrorKind.Conflict);

    public static AppError PointsOutOfRange(string criterion, decimal max) => new("contest.points_range",
        $"Điểm tiêu chí “{criterion}” phải từ 0 đến {Points(max)} (tối đa hai chữ số thập phân).", "Points");

    public static AppError RoundName(string round) => new("contest.round", $"{round}: nhập tên vòng thi và chọn loại (sơ khảo / chung kết).", "Rounds");

    public static AppError PartsRequired(string round) => new("contest.parts", $"{round}: có từ 1 đến {ContestRules.MaxParts} phần thi.", "Rounds");

    public static AppError PartName(string part) => new("contest.part", $"{part}: nhập tên phần thi và chọn hình thức (trắc nghiệm / trình diễn / viết).", "Rounds");

    public static AppError PartMax(string part) => new("contest.part_max", $"{part}: điểm tối đa phải lớn hơn 0 và không quá {ContestRules.MaxPoints}.", "Rounds");

    public static AppError Penalty(string part) => new("contest.penalty", $"{part}: điểm trừ mỗi ngày nộp muộn không được âm hoặc lớn hơn điểm tối đa của phần thi.", "Rounds");

    public static AppError CriteriaRequired(string part) => new("contest.criteria", $"{part}: phần thi do giám khảo chấm phải có tiêu chí chấm.", "Rounds");

    public static AppError Criterion(string part) => new("contest.criterion",
        $"{part}: mỗi tiêu chí có tên (tối đa {ContestCriterion.NameMax} ký tự) và điểm tối đa lớn hơn 0; tối đa {ContestRules.MaxCriteria} tiêu chí.", "Rounds");

    public static AppError CriteriaSum(string part, decimal sum, decimal max) => new("contest.criteria_sum",
        $"{part}: tổng điểm các tiêu chí ({Points(sum)}) phải bằng điểm tối đa của phần thi ({Points(max)}).", "Rounds");

    public static AppError TieBreak(string round) => new("contest.tie_break", $"{round}: thứ tự xét khi bằng điểm chỉ gồm các phần thi của vòng, mỗi phần một lần.", "Rounds");

    public static AppError AdvancementRequired(string round) => new("contest.advancement",
        $"{round}: chọn cách chọn đội vào vòng sau (nhất cụm, điểm cao nhất toàn hội thi, hoặc đạt điểm tối thiểu).", "Rounds");

    public static AppError AdvancementOnLast(string round) => new("contest.advancement_last", $"{round} là vòng cuối; không có đội vào vòng sau.", "Rounds");

    public static AppError PerClusterOnlyPreliminary(string round) => new("contest.advancement_cluster", $"{round}: chọn theo cụm chỉ áp dụng cho vòng sơ khảo.", "Rounds");

    public static AppError TopN(string round) => new("contest.top_n", $"{round}: số đội được chọn vào vòng sau phải là số nguyên lớn hơn 0.", "Rounds");

    public static AppError MinimumScore(string round, decimal total) => new("contest.minimum_score",
        $"{round}: điểm tối thiểu để vào vòng sau phải lớn hơn 0 và không quá tổng điểm của vòng ({Points(total)}).", "Rounds");

    public static AppError LateResubmission(DateOnly startsOn) => new("contest.late_resubmission",
        $"Hội thi đã bắt đầu (ngày {VnTime.Date(startsOn)}): đội bị trả lại không đăng ký lại được nữa.", null, ErrorKind.Conflict);

    public static AppError Late(DateOnly deadline) => new("contest.late", $"Đã hết hạn đăng ký đội thi (ngày {VnTime.Date(deadline)}).", null, ErrorKind.Conflict);

    public static AppError MemberCount(int min, int max, int reserves) => new("contest.members_count",
        $"Đội thi có từ {min} đến {max} thành viên chính thức (kể cả đội trưởng) và tối đa {reserves} dự bị.", "Members");

    public static AppError InAnotherTeam(string name, string unit) => new("contest.member_other_team",
        $"{name} đã là thành viên đội thi của {unit}.", "Members", ErrorKind.Conflict);

    // The quiz part: the bank, the paper drawn by lot, the teams' answers.
    public static readonly AppError QuestionText = new("contest.question_text", $"Nhập nội dung câu hỏi (tối đa {ContestQuestion.TextMax} ký tự).", "Text");
    public static readonly AppError QuestionOptions = new("contest.question_options",
        $"Câu hỏi có từ 2 đến 4 phương án, điền lần lượt từ A (không bỏ trống phương án ở giữa), mỗi phương án tối đa {ContestQuestion.OptionMax} ký tự.", "Options");
    public static readonly AppError QuestionCorrect = new("contest.question_correct", "Chọn đáp án đúng là một trong các phương án đã điền (A, B, C hoặc D).", "Correct");
    public static readonly AppError QuestionSource = new("contest.question_source",
        $"Ghi căn cứ của đáp án (văn bản, điều khoản; tối đa {ContestQuestion.SourceMax} ký tự) để giải quyết khi có thắc mắc.", "Source");
    public static AppError QuestionExists(int seq) => new("contest.question_exists", $"Câu hỏi này đã có trong ngân hàng (câu {seq}).", "Text", ErrorKind.Conflict);
    public static readonly AppError QuestionNotFound = AppError.NotFound("câu hỏi");
    public static readonly AppError QuestionOnPaper = new("contest.question_on_paper", "Câu hỏi đã có trong đề thi đã bốc thăm; không xóa được.", null, ErrorKind.Conflict);
    public static readonly AppError BankFull = new("contest.bank_full", $"Ngân hàng câu hỏi của một hội thi tối đa {DrawPaper.MaxBank} câu.", null, ErrorKind.Conflict);
    public static readonly AppError NotQuiz = new("contest.not_quiz", "Phần thi này không phải phần thi trắc nghiệm.", "PartId");
    public static AppError PaperCount(int bank) => new("contest.paper_count",
        bank == 0 ? "Ngân hàng câu hỏi chưa có câu nào: thêm câu hỏi trước khi bốc thăm đề."
            : $"Số câu của đề từ 1 đến {Math.Min(bank, DrawPaper.MaxQuestions)} (ngân hàng có {bank} câu).", "Count");
    public static readonly AppError PaperAnswered = new("contest.paper_answered",
        "Đã có đội được nhập bài làm theo đề này; không bốc thăm lại được.", null, ErrorKind.Conflict);
    public static readonly AppError NoPaper = new("contest.no_paper", "Phần thi chưa có đề: bốc thăm đề từ ngân hàng câu hỏi trước.", null, ErrorKind.Conflict);
    public static AppError AnswersShape(int questions) => new("contest.answers",
        $"Nhập đủ {questions} ký tự, mỗi câu một chữ cái A, B, C, D theo thứ tự câu trong đề (câu bỏ trống ghi “-”).", "Answers");
    public static AppError AnswerOption(int question, char letter) => new("contest.answer_option",
        $"Câu {question} không có phương án {letter}.", "Answers");

    // The quiz answered on devices against the timer.
    public static AppError QuizMinutes(string part) => new("contest.quiz_minutes",
        $"{part}: thời gian làm bài trên thiết bị từ 1 đến {ContestRules.MaxQuizMinutes} phút (để trống nếu chỉ làm bài trên giấy).", "Rounds");
    public static AppError Overtime(string part) => new("contest.overtime",
        $"{part}: thời gian trình bày (1–{ContestRules.MaxQuizMinutes} phút) và số điểm trừ mỗi phút quá giờ (lớn hơn 0, không quá điểm tối đa) ghi cùng nhau; phần thi trắc nghiệm không áp dụng.",
        "Rounds");
    public static readonly AppError OvertimeSeconds = new("contest.overtime_seconds",
        $"Số giây quá giờ từ 0 đến {RecordAttendance.MaxOvertimeSeconds}.", "OvertimeSeconds");
    public static readonly AppError NoTimeLimit = new("contest.no_time_limit",
        "Thể lệ không quy định thời gian trình bày của phần thi này; không ghi quá giờ được.", "OvertimeSeconds");
    public static readonly AppError QuizNoTime = new("contest.quiz_no_time",
        "Thể lệ không quy định thời gian làm bài trên thiết bị cho phần thi này; các đội làm bài trên giấy và ban tổ chức nhập phiếu.", null, ErrorKind.Conflict);
    public static AppError QuizAlreadyStarted(DateTime endsAt) => new("contest.quiz_started",
        $"Phần thi đã bắt đầu tính giờ; hết giờ lúc {VnTime.Clock(endsAt)}.", null, ErrorKind.Conflict);
    public static readonly AppError QuizStartedNoRedraw = new("contest.quiz_started_paper",
        "Phần thi đã bắt đầu tính giờ, các đội đã xem đề; không bốc thăm lại được.", null, ErrorKind.Conflict);
    public static AppError TeamsWithoutPaper(int teams) => new("contest.teams_without_paper",
        $"{teams} đội có mã làm bài nhưng chưa có đề riêng (được tiếp nhận sau khi bốc thăm): bốc thăm lại đề cho từng đội trước khi bắt đầu tính giờ.", null, ErrorKind.Conflict);
    public static AppError QuizSeatsAfterStart(DateTime startedAt) => new("contest.quiz_seats_started",
        $"Phần thi đã bắt đầu tính giờ lúc {VnTime.Clock(startedAt)}: không cấp thêm mã; đội chưa có mã làm bài trên giấy, thư ký nhập phiếu.", null, ErrorKind.Conflict);
    public static AppError ReplaceDeviceReason(string team) => new("contest.replace_device_reason",
        $"{team} đã làm bài trên thiết bị: ghi lý do thay bằng phiếu giấy (tối đa {ContestQuizAnswer.ReasonMax} ký tự).", "Reason");
    public static readonly AppError QuizNoSeats = new("contest.quiz_no_seats",
        "Chưa cấp mã làm bài cho các đội: cấp mã trước khi bắt đầu tính giờ.", null, ErrorKind.Conflict);
    public static readonly AppError QuizCodeNotFound = new("contest.quiz_code",
        "Mã làm bài không đúng hoặc đã hết hiệu lực. Kiểm tra lại mã trên thẻ ban tổ chức phát (10 ký tự).", "Code", ErrorKind.NotFound);
    public static readonly AppError QuizNotStarted = new("contest.quiz_not_started",
        "Ban tổ chức chưa bắt đầu tính giờ phần thi; chờ hiệu lệnh rồi làm bài.", null, ErrorKind.Conflict);
    public static AppError QuizTimeOver(DateTime endsAt, DateTime at, ContestQuizAnswer? counted) => new("contest.quiz_time_over",
        $"Đã hết giờ làm bài lúc {VnTime.Clock(endsAt)} (giờ máy chủ); bài gửi lúc {VnTime.Clock(at)} không được nhận. " + counted switch
        {
            { OnDevice: true } saved => $"Bài của đội được tính theo lần lưu cuối lúc {VnTime.Clock(saved.EnteredAt)}.",
            { } typed => $"Bài của đội được tính theo phiếu giấy ban tổ chức đã nhập ({typed.EnteredByName}).",
            null => "Đội chưa lưu câu trả lời nào trước khi hết giờ.",
        }, null, ErrorKind.Conflict);
    public static AppError QuizAlreadyPaused(DateTime at) => new("contest.quiz_paused",
        $"Đồng hồ làm bài đang tạm dừng từ {VnTime.Clock(at)}.", null, ErrorKind.Conflict);
    public static AppError QuizPausedNow(DateTime at, string? reason) => new("contest.quiz_paused",
        $"Ban tổ chức tạm dừng tính giờ từ {VnTime.Clock(at)} (giờ máy chủ){(string.IsNullOrEmpty(reason) ? "" : $": {reason}")}. Lựa chọn vừa rồi chưa được lưu; "
        + "thời gian còn lại được giữ nguyên, làm tiếp khi ban tổ chức cho tính giờ lại.", null, ErrorKind.Conflict);
    public static readonly AppError QuizNotPaused = new("contest.quiz_not_paused", "Đồng hồ làm bài đang chạy, không ở trạng thái tạm dừng.", null, ErrorKind.Conflict);
    public static AppError QuizTimeUp(DateTime endsAt) => new("contest.quiz_time_up",
        $"Đã hết giờ làm bài lúc {VnTime.Clock(endsAt)}: không tạm dừng được; nếu cần, cộng thêm thời gian cho các đội.", null, ErrorKind.Conflict);
    public static readonly AppError QuizTimerReason = new("contest.quiz_timer_reason",
        $"Ghi lý do (tối đa {ContestPart.QuizReasonMax} ký tự): các đội thấy lý do trên thiết bị, lịch sử hội thi lưu lại.", "Reason");
    public static readonly AppError QuizExtraMinutes = new("contest.quiz_extra_minutes",
        $"Số phút cộng thêm từ 1 đến {ExtendQuiz.MaxMinutes}.", "Minutes");
    public static AppError QuizOnPaper(string by) => new("contest.quiz_on_paper",
        $"Bài làm của đội đã được ban tổ chức nhập từ phiếu giấy ({by}); không làm tiếp trên thiết bị được.", null, ErrorKind.Conflict);

    // Prizes and the results decision (issue 17 §4).
    public static readonly AppError PrizeBasis = new("contest.prize_basis",
        $"Ghi căn cứ của cơ cấu giải thưởng (kế hoạch, thể lệ: số văn bản, mục; tối đa {ContestPrizes.BasisMax} ký tự).", "Basis");
    public static readonly AppError PrizesRequired = new("contest.prizes", $"Cơ cấu giải thưởng có từ 1 đến {ContestPrizes.MaxTiers} loại giải.", "Prizes");
    public static AppError PrizeLine(int line, string what) => new("contest.prize_line", $"Dòng {line} của cơ cấu giải thưởng: {what}.", "Prizes");
    public static readonly AppError PrizeDuplicate = new("contest.prize_duplicate", "Hai loại giải trùng tên.", "Prizes");
    public static AppError ResultsIssued(string number) => new("contest.results_issued",
        $"Kết quả hội thi đã được công bố bằng Quyết định số {number}; cơ cấu giải và danh sách đạt giải không thay đổi được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError NoPrizes = new("contest.no_prizes", "Hội thi chưa có cơ cấu giải thưởng: khai báo các loại giải trước.", null, ErrorKind.Conflict);
    public static AppError RoundNotFinal(string round) => new("contest.round_not_final",
        $"Kết quả {round} chưa được chốt chính thức trên bảng điểm; chưa công bố kết quả hội thi được.", null, ErrorKind.Conflict);
    public static readonly AppError ResultsNumber = new("contest.results_number", "Nhập số, ký hiệu của quyết định công bố kết quả (ví dụ 215/QĐ-SNV).", "Number");
    public static AppError ResultsDate(string from) => new("contest.results_date",
        $"Ngày quyết định phải từ ngày chốt kết quả vòng cuối ({from}) đến hôm nay.", "IssueDate");
    public static readonly AppError ResultsSigner = new("contest.results_signer", $"Nhập chức vụ và họ tên người ký quyết định (tối đa {Documents.Document.SignerMax} ký tự mỗi mục).", "SignerName");
    public static readonly AppError AwardsRequired = new("contest.awards", "Quyết định phải có ít nhất một giải được trao.", "Awards");
    public static readonly AppError PrizeNotFound = new("contest.prize_not_found", "Giải không thuộc cơ cấu giải thưởng của hội thi.", "Awards");
    public static readonly AppError AwardTeam = new("contest.award_team", "Đội được trao giải không phải đội dự thi đã được tiếp nhận của hội thi.", "Awards");
    public static AppError NotMember(string team) => new("contest.award_member", $"Giải cá nhân: chọn một thành viên đang dự thi của {team}.", "Awards");
    public static AppError AwardReason(string what) => new("contest.award_reason", $"{what}: ghi lý do (tối đa {ContestAward.ReasonMax} ký tự).", "Awards");
    public static AppError PrizeOverCount(string prize, int count, int given) => new("contest.prize_count",
        $"{prize} chỉ có {count} giải theo cơ cấu giải thưởng; danh sách đang trao {given}.", "Awards");
    public static AppError TeamTwice(string team) => new("contest.award_twice", $"{team} chỉ nhận một giải tập thể.", "Awards");
    public static AppError PersonTwice(string name, string prize) => new("contest.award_person_twice", $"{name} được ghi hai lần cho {prize}.", "Awards");
    public static AppError ProposalUndecided(string team, string prize) => new("contest.award_proposed",
        $"Theo bảng điểm, {team} được đề xuất {prize}: trao giải này hoặc ghi lý do không trao.", "Awards");
    public static AppError TieUndecided(string team, string prize) => new("contest.award_tie",
        $"{team} đồng hạng ở ranh giới {prize}: trao giải cho đội hoặc ghi lý do không trao.", "Awards");
    public static AppError TeamPrizeToPerson(string prize, string team) => new("contest.award_team_prize",
        $"{prize} là giải tập thể: trao cho cả {LowerFirst(team)}, không chọn thí sinh.", "Awards");
    public static readonly AppError ResultsNotIssued = new("contest.results_not_issued",
        "Hội thi chưa có quyết định công nhận kết quả và trao giải: ban hành quyết định trước khi in.", null, ErrorKind.Conflict);

    public static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], VietnameseText.Culture) + s[1..];
    public static AppError WithheldNotProposed(string team) => new("contest.withheld", $"{team} không thuộc đề xuất trao giải theo bảng điểm để ghi “không trao”.", "Withheld");

    public static string Points(decimal p) => p.ToString("0.##", VietnameseText.Culture);
}
