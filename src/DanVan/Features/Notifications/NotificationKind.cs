namespace DanVan.Features.Notifications;

/// <summary>What happened that concerns the user. Stored by name.</summary>
public enum NotificationKind
{
    DossierReturned,
    BallotOpened,
    DecisionIssued,
    PlanDeadlineExtended,
    PlanWaived,
    PlanWaiverLifted,
    PlanDueSoon,
    PlanDueTomorrow,
    PlanOverdue,
    PlanEscalated,
    ReportReturned,
    ConsultationRequested,
    ConsultationAnswered,
}

/// <summary>The groups a user can unsubscribe from by e-mail (in-app notifications always stay).</summary>
public enum NotificationCategory
{
    Nominations,
    Council,
    Decisions,
    Plans,
    Reminders,
    Reports,
}

/// <summary>How the user wants e-mail: urgent notifications at once (the rest in the digest), or everything in one daily digest (default).</summary>
public enum DeliveryMode
{
    Digest,
    Immediate,
}

public static class NotificationKinds
{
    public static NotificationCategory Category(this NotificationKind kind) => kind switch
    {
        NotificationKind.DossierReturned or NotificationKind.ConsultationRequested or NotificationKind.ConsultationAnswered => NotificationCategory.Nominations,
        NotificationKind.ReportReturned => NotificationCategory.Reports,
        NotificationKind.BallotOpened => NotificationCategory.Council,
        NotificationKind.DecisionIssued => NotificationCategory.Decisions,
        NotificationKind.PlanDeadlineExtended or NotificationKind.PlanWaived or NotificationKind.PlanWaiverLifted => NotificationCategory.Plans,
        _ => NotificationCategory.Reminders,
    };

    /// <summary>The urgent kinds, mailed at once to users who chose it: returned to you, ballot opened, due tomorrow.</summary>
    public static bool IsUrgent(this NotificationKind kind) =>
        kind is NotificationKind.DossierReturned or NotificationKind.ReportReturned or NotificationKind.BallotOpened or NotificationKind.PlanDueTomorrow;

    public static string Label(this NotificationKind kind) => kind switch
    {
        NotificationKind.DossierReturned => "Hồ sơ bị trả lại",
        NotificationKind.BallotOpened => "Mở biểu quyết",
        NotificationKind.DecisionIssued => "Quyết định khen thưởng",
        NotificationKind.PlanDeadlineExtended => "Gia hạn kế hoạch",
        NotificationKind.PlanWaived => "Miễn ban hành kế hoạch",
        NotificationKind.PlanWaiverLifted => "Bỏ miễn ban hành kế hoạch",
        NotificationKind.PlanDueSoon => "Sắp đến hạn kế hoạch",
        NotificationKind.PlanDueTomorrow => "Kế hoạch đến hạn ngày mai",
        NotificationKind.PlanOverdue => "Kế hoạch quá hạn",
        NotificationKind.PlanEscalated => "Đơn vị chậm kế hoạch",
        NotificationKind.ReportReturned => "Báo cáo bị trả lại",
        NotificationKind.ConsultationRequested => "Đề nghị cho ý kiến",
        NotificationKind.ConsultationAnswered => "Ý kiến trả lời",
        _ => kind.ToString(),
    };

    public static string Label(this NotificationCategory category) => category switch
    {
        NotificationCategory.Nominations => "Hồ sơ đề nghị khen thưởng",
        NotificationCategory.Council => "Biểu quyết của Hội đồng",
        NotificationCategory.Decisions => "Quyết định khen thưởng",
        NotificationCategory.Plans => "Gia hạn, miễn kế hoạch",
        NotificationCategory.Reminders => "Nhắc hạn kế hoạch",
        NotificationCategory.Reports => "Báo cáo bị trả lại",
        _ => category.ToString(),
    };

    public static string Label(this DeliveryMode mode) => mode switch
    {
        DeliveryMode.Immediate => "Gửi ngay việc khẩn (trả hồ sơ, mở biểu quyết, hạn ngày mai); việc khác trong thư tổng hợp",
        _ => "Một thư tổng hợp mỗi ngày",
    };
}
