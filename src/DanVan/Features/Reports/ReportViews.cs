using DanVan.Features.Movements;

namespace DanVan.Features.Reports;

public sealed record ReportFieldDto(int Seq, string Section, string Code, string Label, FieldKind Kind, string? Unit, bool Required,
    IReadOnlyList<string> SumOf, ComputedSource? Source, string? SourceLabel);

/// <summary>A form version; <c>Frozen</c>: a campaign uses it, so saving the form makes the next version.</summary>
public sealed record ReportFormDto(Guid Id, int Version, string Code, int Revision, string Name, bool Frozen, IReadOnlyList<ReportFieldDto> Fields);

public sealed record FormInput(string? Code, string? Name, IReadOnlyList<ReportField.Spec>? Fields);

public sealed record RecipientInput(Guid UnitId, bool IncludeDescendants, Guid? KindId);

/// <summary>A campaign to launch: the deadline is a date or a number of working days from today (not both).</summary>
public sealed record CampaignInput(Guid? FormId, Guid? UnitId, string? Name, int? Year, DateOnly? DueOn, int? WorkingDays,
    IReadOnlyList<RecipientInput>? Recipients);

/// <summary>A campaign with its reporting rate: expected, received (on time + late), missing and pending by the plan obligation rule, accepted.</summary>
public sealed record CampaignDto(Guid Id, int Version, string Name, int Year, Guid FormId, string FormName, int FormRevision, Guid UnitId, string UnitName,
    DateOnly LaunchedOn, DateOnly DueOn, int? WorkingDays, bool DueProvisional, string LaunchedByName, int Expected, int Received, int OnTime, int Late,
    int Missing, int Pending, int Accepted, bool CanReview);

/// <summary>One line of a unit's report, with its value, the computed figure offered, the correction's reason, the return's reason and the value at the return.</summary>
public sealed record ReportLineDto(string Section, string Code, string Label, FieldKind Kind, string? Unit, bool Required, IReadOnlyList<string> SumOf,
    string? Value, long? Computed, string? CorrectionReason, string? ReturnReason, string? ReturnedValue, bool ChangedSinceReturn);

public sealed record ReportEventDto(DateTime At, string UserName, ReportAction Action, string? Note);

public sealed record SubmissionDto(Guid Id, int Version, Guid CampaignId, string CampaignName, int Year, Guid UnitId, string UnitName, string CampaignUnitName,
    DateOnly DueOn, ReportState State, string StateLabel, PlanStatus Status, string StatusLabel, DateOnly? FirstSubmittedOn, string? SubmittedByName,
    string? AcceptedByName, DateTime? AcceptedAt, bool CanFill, bool CanReview, IReadOnlyList<ReportLineDto> Lines, IReadOnlyList<ReportEventDto> History);

public sealed record EntriesInput(IReadOnlyList<ReportSubmission.Entry>? Values);

/// <summary>The reasons of a return, by line code (at least one).</summary>
public sealed record ReturnInput(IReadOnlyDictionary<string, string?>? Reasons);

public sealed record RollUpRow(Guid SubmissionId, Guid UnitId, string UnitName, ReportState State, string StateLabel, PlanStatus Status, string StatusLabel,
    DateOnly? FirstSubmittedOn, string? AcceptedByName);

public sealed record IndicatorTotal(string Section, string Code, string Label, string? Unit, long Total, int Units);

/// <summary>The campaign's roll-up: the reporting rate, each unit's state, and each numeric indicator's total over accepted reports.</summary>
public sealed record RollUpDto(CampaignDto Campaign, IReadOnlyList<RollUpRow> Units, IReadOnlyList<IndicatorTotal> Totals);

public sealed record DrillRow(Guid SubmissionId, Guid UnitId, string UnitName, long? Value, ReportState State, string StateLabel, bool Counted,
    string? AcceptedByName, DateTime? AcceptedAt);

/// <summary>What makes one total: every unit's value, its state and who accepted it; only accepted values are counted.</summary>
public sealed record DrillDownDto(Guid CampaignId, string Code, string Label, string? Unit, long Total, IReadOnlyList<DrillRow> Rows);

public static class ReportLabels
{
    public static string Label(this ReportState s) => s switch
    {
        ReportState.Open => "Chưa nộp",
        ReportState.Submitted => "Đã nộp, chờ xem xét",
        ReportState.Returned => "Bị trả lại",
        ReportState.Accepted => "Đã tiếp nhận",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string ReportLabel(this PlanStatus s) => s switch
    {
        PlanStatus.OnTime => "Đúng hạn",
        PlanStatus.Late => "Trễ hạn",
        PlanStatus.Missing => "Quá hạn, chưa nộp",
        PlanStatus.Pending => "Chưa đến hạn",
        PlanStatus.NotRequired => "Không phải nộp",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this ReportAction a) => a switch
    {
        ReportAction.Saved => "Lưu",
        ReportAction.Submitted => "Nộp",
        ReportAction.Returned => "Trả lại",
        ReportAction.Accepted => "Tiếp nhận",
        _ => throw new ArgumentOutOfRangeException(nameof(a)),
    };
}
