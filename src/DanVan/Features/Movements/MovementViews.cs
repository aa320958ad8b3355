namespace DanVan.Features.Movements;

public sealed record MovementListItem(Guid Id, string Name, int Year, MovementForm Form, MovementStatus Status, Guid LaunchingUnitId,
    string LaunchingUnitName, string? PlanNumber, DateOnly StartsOn, DateOnly PlanDeadline);

public sealed record MovementDto(Guid Id, string Name, string? Theme, int Year, MovementForm Form, MovementStatus Status,
    Guid LaunchingUnitId, string LaunchingUnitName, Guid? PlanDocumentId, string? PlanNumber, string? PlanTitle,
    DateOnly StartsOn, DateOnly? EndsOn, string? CollectiveSubjects, string? IndividualSubjects, DateOnly PlanDeadline,
    bool CascadeToSubunits, DateOnly? CascadeDeadline, DateOnly? RegistrationDeadline, DateOnly? InterimReviewOn,
    DateOnly? FinalReviewOn, DateOnly? NominationDeadline, DateTime? LaunchedAt, DateTime? ClosedAt, bool CanManage,
    IReadOnlyList<ParticipantDto> Participants, IReadOnlyList<ItemDto> Items, IReadOnlyList<EventDto> History,
    IReadOnlyList<MyObligationDto> MyObligations);

public sealed record ParticipantDto(Guid UnitId, string UnitName, bool IncludeDescendants, Guid? KindId, string? KindName);

public sealed record ItemDto(MovementItemKind Kind, int Seq, string Text, string? RuleCode, int? Quota);

public sealed record EventDto(DateTime At, string UserName, string Action, string? Note);

/// <summary>The obligations of units the viewer may file plans for (their own unit's status on the movement page).</summary>
public sealed record MyObligationDto(Guid UnitId, string UnitName, DateOnly DueOn, PlanStatus Status, Guid? PlanDocumentId,
    string? PlanNumber, DateOnly? FiledOn);

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
