using DanVan.Features.Awards;
using DanVan.Features.Eligibility;

namespace DanVan.Features.Nominations;

public sealed record DeadlineInput(DateOnly? Date, int? WorkingDays);

public sealed record OfferInput(Guid? AwardKindId, string? QuotaNote);

public sealed record RoundInput(int? Year, string? Name, RoundKind? Kind, DateOnly? OpensOn, DeadlineInput? UnitDue, DeadlineInput? SuperiorDue,
    IReadOnlyList<OfferInput>? Offers);

public sealed record DossierInput(Guid? UnitId);

public sealed record NomineeInput(Guid? PersonId, Guid? UnitId, Guid? AwardKindId, int? Year);

public sealed record ReportInput(string? Position, string? Duties, string? Achievements, string? Narrative);

public sealed record ReturnItemInput(Guid? NomineeId, ReturnRequirement? Requirement, RuleKind? RuleKind, DossierDocument? Document, string? Reason);

public sealed record ReturnInput(IReadOnlyList<ReturnItemInput>? Items);

public sealed record NoteInput(string? Note);

public sealed record BulkAcceptInput(IReadOnlyList<Guid>? DossierIds, string? Note);

public sealed record OfferDto(Guid AwardKindId, string Code, string Name, string? QuotaNote, IReadOnlyList<AwardSubject> Subjects);

public sealed record DeadlineDto(DateOnly Date, int? WorkingDays, bool Provisional, string Text);

public sealed record StatusCount(DossierStatus Status, string Label, int Count);

public sealed record RoundDto(Guid Id, int Version, int Year, string Name, RoundKind Kind, string KindLabel, DateOnly OpensOn, DeadlineDto UnitDue,
    DeadlineDto SuperiorDue, NominationRoundStatus Status, IReadOnlyList<OfferDto> Offers, IReadOnlyList<StatusCount> Counts, bool CanManage);

public sealed record RoundRow(Guid Id, int Year, string Name, RoundKind Kind, string KindLabel, NominationRoundStatus Status, DateOnly UnitDue,
    DateOnly SuperiorDue, int Dossiers);

public sealed record DossierRow(Guid Id, Guid UnitId, string UnitName, DossierStatus Status, string StatusLabel, string? HeldBy, int Nominees,
    string? SubmissionNumber, DateTime? SubmittedAt);

public sealed record NomineeDto(Guid Id, AwardSubject Subject, string SubjectLabel, Guid SubjectId, string Name, string UnitName, Guid AwardKindId,
    string AwardName, Guid VersionId, int Year, DateOnly ProposalDate, Verdict Verdict, string VerdictLabel, DateTime EvaluatedAt,
    ReportInput Report, IReadOnlyList<RuleCheck> Checks);

public sealed record AttachmentDto(Guid Id, Guid? NomineeId, DossierDocument Document, string DocumentLabel, string FileName, long Size, string AddedByName,
    DateTime AddedAt, string Href);

public sealed record ReturnItemDto(Guid Id, int Submission, Guid? NomineeId, string? Nominee, ReturnRequirement Requirement, RuleKind? RuleKind,
    DossierDocument? Document, string RequirementLabel, string Reason, string Level, string ByName, DateTime At, bool Open);

public sealed record LevelDto(int Seq, Guid UnitId, string UnitName, DateTime ReachedAt, DateTime? LeftAt, DossierAction? Outcome);

public sealed record EventDto(DossierAction Action, string ActionLabel, string? Level, string? Note, string ByName, DateTime At);

public sealed record DossierDto(Guid Id, int Version, Guid RoundId, string RoundName, int RoundYear, Guid UnitId, string UnitName, DossierStatus Status,
    string StatusLabel, Guid? HeldByUnitId, string? HeldBy, string? SubmissionNumber, int Submissions, IReadOnlyList<NomineeDto> Nominees,
    IReadOnlyList<AttachmentDto> Attachments, IReadOnlyList<MissingDocument> Missing, IReadOnlyList<ReturnItemDto> ReturnItems,
    IReadOnlyList<LevelDto> Levels, IReadOnlyList<EventDto> History, IReadOnlyList<DossierChange> Changes, string? ChangesSince,
    DossierPermissions Can);

public sealed record DossierPermissions(bool Edit, bool Submit, bool Withdraw, bool Act);

/// <summary>A rule whose verdict differs between the stored sheet and a fresh evaluation.</summary>
public sealed record VerdictChange(int Position, string Rule, Verdict Before, string BeforeLabel, Verdict After, string AfterLabel);

public sealed record ProofSheetDto(Guid NomineeId, ProofSheet Stored, DateTime StoredAt, ProofSheet? Fresh, IReadOnlyList<VerdictChange> Changes);

public static class NominationLabels
{
    public static string Label(this RoundKind k) => k switch
    {
        RoundKind.Annual => "Hằng năm",
        RoundKind.Thematic => "Theo chuyên đề (phong trào thi đua)",
        RoundKind.Extraordinary => "Đột xuất",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    public static string Label(this DossierStatus s) => s switch
    {
        DossierStatus.Draft => "Đang soạn",
        DossierStatus.Submitted => "Đã gửi, chờ xử lý",
        DossierStatus.Returned => "Bị trả lại",
        DossierStatus.Accepted => "Sở Nội vụ đã tiếp nhận",
        DossierStatus.Withdrawn => "Đã rút",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Css(this DossierStatus s) => s switch
    {
        DossierStatus.Accepted => "success",
        DossierStatus.Returned => "warning",
        DossierStatus.Submitted => "primary",
        _ => "secondary",
    };

    public static string Label(this DossierAction a) => a switch
    {
        DossierAction.Created => "Tạo hồ sơ",
        DossierAction.NomineeAdded => "Thêm người, tập thể được đề nghị",
        DossierAction.NomineeRemoved => "Bỏ người, tập thể được đề nghị",
        DossierAction.ReportSaved => "Lưu báo cáo thành tích",
        DossierAction.AttachmentAdded => "Đính kèm tệp",
        DossierAction.AttachmentRemoved => "Gỡ tệp",
        DossierAction.Submitted => "Gửi hồ sơ",
        DossierAction.Forwarded => "Tiếp nhận, chuyển lên cấp trên",
        DossierAction.Returned => "Trả lại",
        DossierAction.Accepted => "Sở Nội vụ tiếp nhận",
        DossierAction.Withdrawn => "Rút hồ sơ",
        _ => throw new ArgumentOutOfRangeException(nameof(a)),
    };

    public static string Label(this ReturnRequirement r) => r switch
    {
        ReturnRequirement.Rule => "Tiêu chuẩn",
        ReturnRequirement.Document => "Thành phần hồ sơ",
        ReturnRequirement.Other => "Khác",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };
}
