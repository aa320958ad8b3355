namespace DanVan.Features.Movements;

public sealed record MovementListItem(Guid Id, string Name, int Year, MovementForm Form, MovementStatus Status, Guid LaunchingUnitId,
    string LaunchingUnitName, string? PlanNumber, DateOnly StartsOn, DateOnly PlanDeadline);

public sealed record MovementDto(Guid Id, string Name, string? Theme, int Year, MovementForm Form, MovementStatus Status,
    Guid LaunchingUnitId, string LaunchingUnitName, Guid? PlanDocumentId, string? PlanNumber, string? PlanTitle,
    DateOnly StartsOn, DateOnly? EndsOn, string? CollectiveSubjects, string? IndividualSubjects, DateOnly PlanDeadline,
    bool CascadeToSubunits, DateOnly? CascadeDeadline, DateOnly? RegistrationDeadline, DateOnly? InterimReviewOn,
    DateOnly? FinalReviewOn, DateOnly? NominationDeadline, DateTime? LaunchedAt, DateTime? ClosedAt, int ReminderDays, int EscalationDays, string RemindersText,
    bool CanManage,
    IReadOnlyList<ParticipantDto> Participants, IReadOnlyList<ItemDto> Items, IReadOnlyList<EventDto> History,
    IReadOnlyList<MyObligationDto> MyObligations, int Version);

public sealed record ParticipantDto(Guid UnitId, string UnitName, bool IncludeDescendants, Guid? KindId, string? KindName);

public sealed record ItemDto(MovementItemKind Kind, int Seq, string Text, string? RuleCode, int? Quota);

/// <summary>One history row; <see cref="UnitName"/> is set when the step concerns one unit's plan or registration.</summary>
public sealed record EventDto(DateTime At, string UserName, MovementAction Action, Guid? UnitId, string? UnitName, DateOnly? Until, string? Note)
{
    public string ActionLabel => Action.Label();

    /// <summary>The row as one line of Vietnamese: what, for which unit, until when, and the note or reason.</summary>
    public string Describe() => ActionLabel + (UnitName is null ? "" : $" — {UnitName}") + (Until is { } d ? $" (đến ngày {d:dd/MM/yyyy})" : "")
        + (Note is null ? "" : $": {Note}");
}

/// <summary>
/// The obligations of units the viewer may file plans for (their own unit's status on the movement page): the deadline
/// (extended or not), the plan's issue date (which decides on time) and the date it was entered, or the waiver's reason.
/// </summary>
public sealed record MyObligationDto(Guid UnitId, string UnitName, DateOnly DueOn, PlanStatus Status, Guid? PlanDocumentId,
    string? PlanNumber, DateOnly? PlanIssuedOn, DateOnly? FiledOn, string? WaivedReason, bool CanWithdraw, int Version)
{
    public static MyObligationDto From(PlanObligation o, string unitName, string? planNumber, DateOnly today) =>
        new(o.UnitId, unitName, o.DueOn, o.StatusOn(today), o.PlanDocumentId, planNumber, o.PlanIssuedOn, o.FiledOn, o.WaivedReason, o.CanWithdraw(today),
            o.Version);
}

public static class MovementLabels
{
    public static string Label(this MovementStatus s) => s switch
    {
        MovementStatus.Draft => "Dự thảo",
        MovementStatus.Launched => "Đang triển khai",
        MovementStatus.Closed => "Đã kết thúc",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this MovementForm f) => f switch
    {
        MovementForm.Regular => "Thường xuyên",
        MovementForm.Thematic => "Chuyên đề",
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    public static string Label(this MovementItemKind k) => k switch
    {
        MovementItemKind.Content => "Nội dung thi đua",
        MovementItemKind.CollectiveStandard => "Tiêu chuẩn đối với tập thể",
        MovementItemKind.IndividualStandard => "Tiêu chuẩn đối với cá nhân",
        MovementItemKind.Award => "Hình thức khen thưởng",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    /// <summary>The history's Vietnamese labels, stated once (the details pages and the API's ActionLabel show them).</summary>
    public static string Label(this MovementAction a) => a switch
    {
        MovementAction.Created => "Tạo dự thảo",
        MovementAction.Edited => "Sửa dự thảo",
        MovementAction.Launched => "Phát động",
        MovementAction.Closed => "Kết thúc",
        MovementAction.PlanFiled => "Đơn vị nộp kế hoạch",
        MovementAction.PlanWithdrawn => "Đơn vị rút lại kế hoạch",
        MovementAction.Waived => "Miễn ban hành kế hoạch",
        MovementAction.WaiverLifted => "Bỏ miễn ban hành kế hoạch",
        MovementAction.DeadlineExtended => "Gia hạn ban hành kế hoạch",
        MovementAction.RegistrationApproved => "Thủ trưởng phê duyệt đăng ký thi đua",
        MovementAction.RegistrationReopened => "Mở lại đăng ký thi đua",
        MovementAction.RemindersSet => "Đổi lịch nhắc hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(a)),
    };

    /// <summary>What choosing the form means (Decree 152/2025/NĐ-CP Art. 4), shown where the form is chosen and displayed.</summary>
    public static string Consequence(this MovementForm f) => f switch
    {
        MovementForm.Regular => "Thi đua thường xuyên (hằng năm): khen thưởng trong phong trào được tính làm căn cứ đề nghị khen thưởng theo công trạng.",
        MovementForm.Thematic => "Thi đua theo chuyên đề: khen thưởng trong phong trào không được dùng làm căn cứ đề nghị khen thưởng theo công trạng (Nghị định 152/2025/NĐ-CP, Điều 4).",
        _ => throw new ArgumentOutOfRangeException(nameof(f)),
    };

    public static string Label(this PlanStatus s) => s switch
    {
        PlanStatus.OnTime => "Đúng hạn",
        PlanStatus.Late => "Trễ hạn",
        PlanStatus.Missing => "Chưa ban hành (quá hạn)",
        PlanStatus.Pending => "Chưa đến hạn",
        PlanStatus.NotRequired => "Không yêu cầu",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Badge(this PlanStatus s) => s switch
    {
        PlanStatus.OnTime => "text-bg-success",
        PlanStatus.Late => "text-bg-warning",
        PlanStatus.Missing => "text-bg-danger",
        PlanStatus.Pending => "text-bg-secondary",
        _ => "text-bg-light",
    };
}
