using DanVan.Features.Accounts;
using DanVan.Features.Consultations;
using DanVan.Features.Council;
using DanVan.Features.Decisions;
using DanVan.Features.Movements;
using DanVan.Features.Nominations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Notifications;

/// <summary>
/// The one call a feature adds where something happens that concerns other users. It only queues a job in the
/// caller's context (<see cref="JobQueue.Add{T}"/>): saved with the change itself, in its transaction — a refused or
/// rolled-back change notifies no one — and the request never waits for recipients or mail. Each method returns
/// null (no error) so that it chains after a transition: <c>entity.Step(…) ?? Notify.X(…)</c>.
/// </summary>
public static class Notify
{
    public static AppError? DossierReturned(AppDbContext db, CurrentUser by, Dossier dossier) =>
        Raise(db, new NotifyEvent(NotificationKind.DossierReturned, dossier.TenantId, by.UserId, "Hồ sơ đề nghị khen thưởng bị trả lại",
            "Cấp trên đã trả lại hồ sơ đề nghị khen thưởng của đơn vị kèm lý do. Mở hồ sơ để xem lý do, sửa và gửi lại.",
            $"/Nominations/Dossier/{dossier.Id}", $"dossier-returned:{dossier.Id}:{dossier.Submissions}",
            Audience.HoldersAt(Permission.ProposeNominations, dossier.UnitId)));

    /// <summary>A unit of the province asked for its opinion on a dossier: those who answer for it are told (the work list keeps it until answered).</summary>
    public static AppError? ConsultationRequested(AppDbContext db, CurrentUser by, Consultation c, string levelName, string dossierUnitName) =>
        c.ConsultedUnitId is not { } unit ? null
        : Raise(db, new NotifyEvent(NotificationKind.ConsultationRequested, c.TenantId, by.UserId, $"{levelName} đề nghị cho ý kiến",
            $"{levelName} đề nghị đơn vị cho ý kiến về hồ sơ đề nghị khen thưởng của {dossierUnitName}, hạn trả lời ngày {VnTime.Date(c.DueOn)}. "
            + "Đơn vị trả lời ngay trong DanVan.",
            $"/Consultations/Addressed#consultation-{c.Id}", $"consultation-requested:{c.Id}", Audience.HoldersAt(Permission.ProposeNominations, unit)));

    /// <summary>The consulted unit replied in DanVan: the level that asked is told.</summary>
    public static AppError? ConsultationAnswered(AppDbContext db, CurrentUser by, Consultation c) =>
        Raise(db, new NotifyEvent(NotificationKind.ConsultationAnswered, c.TenantId, by.UserId, $"{c.Body} đã trả lời",
            $"{c.Body} đã cho ý kiến: {c.Opinion?.Label().ToLowerInvariant()}. Mở yêu cầu lấy ý kiến của hồ sơ để xem nội dung.",
            $"/Consultations/{c.DossierId}#consultation-{c.Id}", $"consultation-answered:{c.Id}", Audience.HoldersAt(Permission.ReviewNominations, c.LevelUnitId)));

    public static AppError? BallotOpened(AppDbContext db, CurrentUser by, Features.Council.Council council, AgendaItem item) =>
        Raise(db, new NotifyEvent(NotificationKind.BallotOpened, item.TenantId, by.UserId, $"Mở biểu quyết: {item.Name}",
            $"Hội đồng {council.Name} đã mở biểu quyết đề nghị {item.AwardName} cho {item.Name} ({item.UnitName}). Mời đồng chí bỏ phiếu.",
            $"/Council/Vote/{item.Id}", $"ballot-opened:{item.Id}:{Guid.CreateVersion7():N}", Audience.CouncilMembers(council.Id)));

    public static void DecisionIssued(AppDbContext db, CurrentUser by, Decision decision) =>
        Raise(db, new NotifyEvent(NotificationKind.DecisionIssued, decision.TenantId, by.UserId, $"Quyết định khen thưởng số {decision.Number}",
            $"Đã ban hành Quyết định số {decision.Number}: {decision.Title}. Đơn vị của đồng chí có tên trong quyết định.",
            $"/Decisions/Details/{decision.Id}", $"decision-issued:{decision.Id}",
            Audience.HoldersAt(Permission.ViewAwards, decision.Listed.Select(a => a.UnitId).Distinct().ToArray())));

    /// <summary>A unit's report returned by the level above with reasons per field: its reporters are told (urgent, like a returned dossier).</summary>
    public static AppError? ReportReturned(AppDbContext db, CurrentUser by, Reports.ReportSubmission submission) =>
        Raise(db, new NotifyEvent(NotificationKind.ReportReturned, submission.TenantId, by.UserId, "Báo cáo bị trả lại",
            "Cấp trên đã trả lại báo cáo của đơn vị, kèm lý do ở từng chỉ tiêu cần sửa. Mở báo cáo để xem lý do, sửa và nộp lại.",
            $"/Reports/Submission/{submission.Id}", $"report-returned:{submission.Id}:{submission.Returns}",
            Audience.HoldersAt(Permission.SubmitReports, submission.UnitId)));

    /// <summary>Plan deadlines extended, or plans waived or their waiver lifted (each obligation's state says which), for the units concerned.</summary>
    public static void PlanObligationsChanged(AppDbContext db, CurrentUser by, IReadOnlyCollection<PlanObligation> obligations, string? reason)
    {
        foreach (var group in obligations.GroupBy(o => (o.MovementId, Kind: KindOf(o), o.DueOn)))
        {
            var (movementId, kind, due) = group.Key;
            var first = group.First();
            var what = kind switch
            {
                NotificationKind.PlanWaived => "Đơn vị được miễn ban hành kế hoạch thực hiện phong trào",
                NotificationKind.PlanWaiverLifted => "Đơn vị không còn được miễn ban hành kế hoạch thực hiện phong trào",
                _ => $"Hạn ban hành kế hoạch thực hiện phong trào của đơn vị được gia hạn đến {due:dd/MM/yyyy}",
            };
            Raise(db, new NotifyEvent(kind, first.TenantId, by.UserId, kind.Label(), reason is null ? what + "." : $"{what}. Lý do: {reason}",
                $"/Movements/FilePlan/{movementId}", $"plan-{kind}:{movementId}:{Guid.CreateVersion7():N}",
                Audience.HoldersAt(Permission.FilePlans, group.Select(o => o.UnitId).Distinct().ToArray())));
        }
    }

    internal static AppError? Raise(AppDbContext db, NotifyEvent e)
    {
        JobQueue.Add(db, FanOutNotification.KindName, "notify:" + e.Key, e, e.TenantId, e.CausedBy);
        return null;
    }

    private static NotificationKind KindOf(PlanObligation o) =>
        o.WaivedReason is not null ? NotificationKind.PlanWaived
        : o.History is [.., { Action: MovementAction.WaiverLifted }] ? NotificationKind.PlanWaiverLifted
        : NotificationKind.PlanDeadlineExtended;
}
