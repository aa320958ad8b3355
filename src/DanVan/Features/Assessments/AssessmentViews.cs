namespace DanVan.Features.Assessments;

public sealed record CriterionInput(string? Group, string? Code, string? Name, string? Guidance, decimal? MaxPoints, CriterionKind? Kind,
    bool? EvidenceRequired, Guid? UnitKindId);

public sealed record BandInput(string? Label, decimal? MinPoints);

public sealed record CriteriaSetInput(int? Year, string? Name, string? Citation, Guid? RegulationDocumentId, decimal? SuperiorShare,
    int? TopRankCapPercent, IReadOnlyList<CriterionInput>? Criteria, IReadOnlyList<BandInput>? Bands);

public sealed record CriterionDto(Guid Id, int Seq, string Group, string Code, string Name, string? Guidance, decimal MaxPoints, CriterionKind Kind,
    bool EvidenceRequired, Guid? UnitKindId, string? UnitKindName);

public sealed record BandDto(int Seq, string Label, decimal MinPoints);

public sealed record CriteriaSetDto(Guid Id, int Year, int Edition, string Name, string Citation, Guid? RegulationDocumentId, string? RegulationCitation,
    decimal SuperiorShare, int? TopRankCapPercent, bool Frozen, IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<BandDto> Bands,
    IReadOnlyList<BranchMax> Branches, int Version);

/// <summary>The highest total of each branch: every unit (no kind) or one unit kind.</summary>
public sealed record BranchMax(Guid? UnitKindId, string Label, decimal MaxTotal);

public sealed record CriteriaSetRow(Guid Id, int Year, int Edition, string Name, int Criteria, bool Frozen);

public sealed record ParticipantInput(Guid? UnitId, bool? IncludeDescendants, Guid? KindId);

public sealed record RoundInput(Guid? CriteriaSetId, string? Name, DateOnly? SelfAssessmentDue, DateOnly? AppraisalDue, int? AppealWorkingDays,
    IReadOnlyList<ParticipantInput>? Participants);

public sealed record RoundRow(Guid Id, int Year, string Name, RoundStatus Status, DateOnly SelfAssessmentDue, DateOnly AppraisalDue, int Units,
    int Submitted, int Appraised, string? DecisionCitation);

public sealed record RoundDto(Guid Id, int Year, string Name, Guid CriteriaSetId, string CriteriaSetName, RoundStatus Status,
    DateOnly SelfAssessmentDue, DateOnly AppraisalDue, int AppealWorkingDays, Guid? DecisionDocumentId, string? DecisionCitation,
    IReadOnlyList<StatusCount> Counts, bool CanManage, bool CanDecide, int Version);

/// <summary>One unit of a round's ranking table: its state, totals, disagreement, rank, position and whether it ties.</summary>
public sealed record RankingRow(Guid AssessmentId, Guid UnitId, string UnitCode, string UnitName, string UnitKind, AssessmentStatus Status,
    decimal SelfTotal, decimal? FinalTotal, decimal Disagreement, int? BandSeq, string Rank, int? Position, bool Tied);

/// <summary>The ranking of a round: rows, and the top-rank cap as data (shown, never resolved silently).</summary>
public sealed record RankingDto(IReadOnlyList<RankingRow> Rows, int Ranked, int TopRank, int? CapPercent, int? CapAllowed, string? CapWarning,
    IReadOnlyList<RankCount> Distribution);

public sealed record RankCount(string Rank, int Count);

/// <summary>How many units of a group reached each rank; <see cref="Counts"/> follow <see cref="ResultsDto.Ranks"/>.</summary>
public sealed record RankGroup(string Label, IReadOnlyList<int> Counts, int Total);

/// <summary>An emulation cluster or bloc of the round's year: its distribution and its own ranking (positions, ties and the cap among its members).</summary>
public sealed record ClusterResult(Guid ClusterId, string Name, Clusters.ClusterKind Kind, string KindLabel, IReadOnlyList<int> Counts, int Total,
    RankingDto Ranking);

/// <summary>One year's distribution: official (<see cref="Basis"/> cites the decision) or this round's proposal (<see cref="Proposed"/>).</summary>
public sealed record YearResult(int Year, string Basis, bool Proposed, IReadOnlyList<int> Counts, int Total);

/// <summary>The results of a round: the rank columns (the set's bands, not eligible, no result), per unit kind, per cluster, year over year, the ranking.</summary>
public sealed record ResultsDto(Guid RoundId, int Year, string RoundName, RoundStatus Status, string CriteriaSetCitation, string? DecisionCitation,
    string Basis, IReadOnlyList<string> Ranks, int Units, IReadOnlyList<RankGroup> ByKind, IReadOnlyList<ClusterResult> ByCluster,
    IReadOnlyList<YearResult> ByYear, RankingDto Ranking);

public sealed record StatusCount(AssessmentStatus Status, string Label, int Count);

public sealed record AssessmentEventDto(DateTime At, string By, AssessmentAction Action, string Label, string? CriterionCode, string? Note);

public sealed record AssessmentDto(Guid Id, Guid RoundId, int Year, string RoundName, RoundStatus RoundStatus, Guid UnitId, string UnitName,
    AssessmentStatus Status, string StatusLabel, IReadOnlyList<LedgerRow> Ledger, decimal SelfTotal, decimal AppraisedTotal, decimal MaxTotal,
    decimal SuperiorShare, decimal? SuperiorPoints, string? SuperiorNote, RankVerdict Verdict, string? ReturnNote, DateOnly SelfAssessmentDue,
    DateOnly? AppealUntil, string? AppealUntilNote, string? AppealAnswer, IReadOnlyList<AssessmentEventDto> History, bool CanEditSelf, bool CanSubmit, bool CanAppraise,
    bool CanAppeal, bool CanAnswer, int Version);

public sealed record SelfAssessmentInput(IReadOnlyList<SelfScoreInput>? Scores);

public sealed record AppraisalInput(IReadOnlyList<AppraisalScoreInput>? Scores, decimal? SuperiorPoints, string? SuperiorNote, bool? Finish);

public sealed record ReturnInput(string? Note, IReadOnlyDictionary<string, string>? Reasons);

public sealed record AppealInput(IReadOnlyDictionary<string, string>? Arguments);

public sealed record AnswerInput(IReadOnlyList<AppraisalScoreInput>? Answers, string? Note);

public sealed record DecideInput(Guid? DecisionDocumentId);

/// <summary>Vietnamese labels, stated once.</summary>
public static class AssessmentLabels
{
    public static string Of(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "Đang tự chấm",
        AssessmentStatus.Submitted => "Đã nộp, chờ thẩm định",
        AssessmentStatus.Returned => "Bị trả lại",
        AssessmentStatus.Appraised => "Đã thẩm định",
        AssessmentStatus.Appealed => "Đang kiến nghị",
        _ => status.ToString(),
    };

    public static string Of(AssessmentAction action) => action switch
    {
        AssessmentAction.SelfSaved => "Lưu bản tự chấm",
        AssessmentAction.Submitted => "Thủ trưởng phê duyệt, nộp bản tự chấm",
        AssessmentAction.Returned => "Trả lại",
        AssessmentAction.AppraisalSaved => "Chấm thẩm định khác điểm tự chấm",
        AssessmentAction.Appraised => "Hoàn thành thẩm định",
        AssessmentAction.Appealed => "Kiến nghị",
        AssessmentAction.AppealAnswered => "Trả lời kiến nghị",
        AssessmentAction.Decided => "Quyết định công nhận kết quả",
        AssessmentAction.EvidenceAdded => "Thêm minh chứng",
        AssessmentAction.EvidenceRemoved => "Gỡ minh chứng",
        _ => action.ToString(),
    };

    public static string Of(CriterionKind kind) => kind switch
    {
        CriterionKind.Scored => "Chấm điểm",
        CriterionKind.Prerequisite => "Điều kiện",
        CriterionKind.Bonus => "Điểm thưởng",
        CriterionKind.Penalty => "Điểm trừ",
        _ => kind.ToString(),
    };

    public static string Of(EvidenceKind kind) => kind switch
    {
        EvidenceKind.File => "Tệp",
        EvidenceKind.Plan => "Kế hoạch triển khai",
        EvidenceKind.Model => "Mô hình",
        EvidenceKind.Registration => "Đăng ký thi đua",
        _ => kind.ToString(),
    };

    public static string Of(RoundStatus status) => status == RoundStatus.Decided ? "Đã có quyết định" : "Đang đánh giá";
}
