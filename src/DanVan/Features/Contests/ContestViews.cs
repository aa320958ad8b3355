namespace DanVan.Features.Contests;

public sealed record ContestListItem(Guid Id, string Name, int Year, ContestStatus Status, string StatusLabel, string OrganisingUnitName, DateOnly StartsOn,
    DateOnly EndsOn, DateOnly RegistrationDeadline, int Teams);

public sealed record EligibleDto(Guid UnitId, string UnitName, bool IncludeDescendants, Guid? KindId, string? KindName);

public sealed record ClusterDto(Guid Id, int Seq, string Name);

public sealed record CriterionDto(int Seq, string Name, decimal MaxPoints);

public sealed record PartDto(Guid Id, int Seq, string Name, PartKind Kind, string KindLabel, decimal MaxPoints, decimal? LatePenaltyPerDay, int? TieBreakRank,
    IReadOnlyList<CriterionDto> Criteria, int? QuizMinutes = null, int? TimeLimitMinutes = null, decimal? OvertimePenaltyPerMinute = null, bool Closed = false);

public sealed record RoundDto(Guid Id, int Seq, string Name, RoundKind Kind, string KindLabel, decimal MaxPoints, Advancement Advancement, decimal? AdvanceValue,
    string AdvancementText, string TieBreakText, IReadOnlyList<PartDto> Parts, BoardState Board);

public sealed record EventDto(ContestAction Action, string Label, DateTime At, string ByName, string? Note);

public sealed record MemberDto(Guid PersonId, string Name, string? Position, MemberRole Role, string RoleLabel, bool Active, DateTime AddedAt, DateTime? LeftAt,
    string? LeftByName);

public sealed record TeamDto(Guid Id, int Version, Guid ContestId, Guid UnitId, string UnitName, Guid? ClusterId, string? ClusterName, string? CodeName,
    TeamState State, string StateLabel, string? ReturnReason, DateOnly RegisteredOn, string RegisteredByName, IReadOnlyList<MemberDto> Members,
    IReadOnlyList<EventDto> History, bool CanManage, bool CanRegister);

public sealed record ContestDto(Guid Id, int Version, string Name, int Year, ContestStatus Status, string StatusLabel, Guid PlanDocumentId, string PlanText,
    Guid OrganisingUnitId, string OrganisingUnitName, string? CoOrganisers, DateOnly StartsOn, DateOnly EndsOn, string Venue, int TeamMin, int TeamMax,
    int ReservesMax, IReadOnlyList<string> AllowedPositions, DateOnly RegistrationDeadline, bool RegistrationOpen, IReadOnlyList<EligibleDto> Eligible,
    IReadOnlyList<ClusterDto> Clusters, IReadOnlyList<RoundDto> Rounds, IReadOnlyList<TeamDto> Teams, IReadOnlyList<EventDto> History, bool CanManage,
    bool CanRegister)
{
    /// <summary>The round under way, what the organiser's pages open on: the first whose results are not final, else the last.</summary>
    public RoundDto CurrentRound => Rounds.FirstOrDefault(r => r.Board != BoardState.Final) ?? Rounds[^1];
}

public sealed record RulesSection(string Title, IReadOnlyList<string> Lines);

/// <summary>The rules page (thể lệ) as data: the same sections the public page prints.</summary>
public sealed record RulesDto(Guid Id, string Name, string OrganisingUnitName, string PlanText, IReadOnlyList<RulesSection> Sections);

public static class ContestLabels
{
    public static string Label(this ContestStatus s) => s switch
    {
        ContestStatus.Draft => "Đang soạn thể lệ",
        ContestStatus.Open => "Đã công bố",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this RoundKind k) => k switch
    {
        RoundKind.Preliminary => "Vòng sơ khảo (theo cụm)",
        RoundKind.Final => "Vòng chung kết",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    public static string Label(this PartKind k) => k switch
    {
        PartKind.Quiz => "Trắc nghiệm",
        PartKind.Judged => "Trình diễn, giám khảo chấm",
        PartKind.Written => "Bài viết",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    public static string Label(this TeamState s) => s switch
    {
        TeamState.Registered => "Chờ ban tổ chức xét",
        TeamState.Accepted => "Đã tiếp nhận",
        TeamState.Returned => "Trả lại để bổ sung",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this MemberRole r) => r switch
    {
        MemberRole.Captain => "Đội trưởng",
        MemberRole.Member => "Thành viên",
        MemberRole.Reserve => "Dự bị",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    public static string Label(this ContestAction a) => a switch
    {
        ContestAction.Created => "Tạo hội thi",
        ContestAction.RulesChanged => "Cập nhật thể lệ",
        ContestAction.Opened => "Công bố thể lệ",
        ContestAction.TeamRegistered => "Đăng ký đội thi",
        ContestAction.TeamResubmitted => "Đăng ký lại đội thi",
        ContestAction.TeamAccepted => "Tiếp nhận đội thi",
        ContestAction.TeamReturned => "Trả lại đội thi",
        ContestAction.MemberSubstituted => "Thay thành viên",
        ContestAction.JudgeAdded => "Thêm giám khảo",
        ContestAction.JudgeRemoved => "Bỏ giám khảo",
        ContestAction.ConflictDeclared => "Khai báo xung đột lợi ích",
        ContestAction.AttendanceRecorded => "Ghi vắng mặt / nộp muộn",
        ContestAction.PartClosed => "Khóa điểm phần thi",
        ContestAction.SheetCorrected => "Sửa phiếu chấm sau khi khóa điểm",
        ContestAction.BoardFrozen => "Đóng băng bảng điểm công khai",
        ContestAction.TeamRevealed => "Công bố kết quả một đội",
        ContestAction.ResultsFinal => "Chốt kết quả vòng thi",
        ContestAction.QuestionAdded => "Thêm câu hỏi trắc nghiệm",
        ContestAction.QuestionRemoved => "Xóa câu hỏi trắc nghiệm",
        ContestAction.PaperDrawn => "Bốc thăm đề thi trắc nghiệm",
        ContestAction.QuizAnswersEntered => "Nhập bài làm trắc nghiệm",
        ContestAction.PrizesSet => "Khai báo cơ cấu giải thưởng",
        ContestAction.ResultsIssued => "Ban hành quyết định công bố kết quả",
        ContestAction.QuizSeatsIssued => "Cấp mã làm bài trắc nghiệm trên thiết bị",
        ContestAction.QuizStarted => "Bắt đầu tính giờ làm bài trắc nghiệm",
        ContestAction.QuizPaused => "Tạm dừng tính giờ làm bài trắc nghiệm",
        ContestAction.QuizResumed => "Tính giờ lại làm bài trắc nghiệm",
        ContestAction.QuizExtended => "Cộng thêm thời gian làm bài trắc nghiệm",
        _ => throw new ArgumentOutOfRangeException(nameof(a)),
    };

    /// <summary>The advancement rule in words, as the rules page states it.</summary>
    public static string AdvancementText(Advancement rule, decimal? value) => rule switch
    {
        Advancement.None => "Vòng cuối: xếp giải theo tổng điểm.",
        Advancement.TopPerCluster => $"Mỗi cụm chọn {ContestErrors.Points(value ?? 0)} đội có tổng điểm cao nhất vào vòng sau.",
        Advancement.TopOverall => $"Chọn {ContestErrors.Points(value ?? 0)} đội có tổng điểm cao nhất toàn hội thi vào vòng sau.",
        Advancement.MinimumScore => $"Các đội đạt từ {ContestErrors.Points(value ?? 0)} điểm trở lên vào vòng sau.",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    } + (rule == Advancement.None ? "" : " Đội không có mặt khi thi phần nào được 0 điểm phần đó và không thay thế được bằng đội khác.");
}
