using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Notifications;

/// <summary>
/// Hourly: for every open plan obligation of a running movement, in working days of its province's calendar
/// (<see cref="WorkingDays"/>): a reminder when the deadline is the movement's <see cref="Movement.ReminderDays"/>
/// working days away or nearer, an urgent one the working day before, an overdue notice from the working day after a
/// missed deadline, all to those holding FilePlans at the unit; and to the unit's head after
/// <see cref="Movement.EscalationDays"/> working days overdue. Each is keyed obligation + kind + deadline, so it is
/// sent once however often the check runs (and once more only if the deadline moves).
/// </summary>
public sealed class RemindPlans : IJobHandler
{
    public const string KindName = "movements.plan-reminders";

    /// <summary>How far back a missed deadline is still chased (older ones were escalated long ago).</summary>
    private const int LookBackDays = 60;

    public string Kind => KindName;

    public async Task RunAsync(JobContext context, CancellationToken ct)
    {
        var db = context.Db;
        var calendar = new WorkingDays(db);
        var today = VnTime.Today(db.Time);
        var from = today.AddDays(-LookBackDays);
        var until = today.AddDays(Movement.MaxReminderDays * 2);
        var running = Movement.RunningStatuses;
        var open = await db.PlanObligations.Where(PlanObligation.Open).Where(o => o.DueOn >= from && o.DueOn <= until)
            .Join(db.Movements.Where(m => running.Contains(m.Status)), o => o.MovementId, m => m.Id,
                (o, m) => new { o.Id, o.TenantId, o.UnitId, o.MovementId, o.DueOn, m.Name, m.ReminderDays, m.EscalationDays })
            .Join(db.Units, x => x.UnitId, u => u.Id, (x, u) => new { x.Id, x.TenantId, x.UnitId, x.MovementId, x.DueOn, x.Name, x.ReminderDays, x.EscalationDays, Unit = u.Name })
            .ToListAsync(ct);
        var since = db.Time.GetUtcNow().UtcDateTime.AddDays(-LookBackDays - 40);
        var sent = (await db.Jobs.Where(j => j.Kind == FanOutNotification.KindName && j.Key.StartsWith("notify:reminder:") && j.CreatedAt >= since)
            .Select(j => j.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<(Guid, DateOnly), int>();
        var added = new Dictionary<(Guid, DateOnly, int), DateOnly>();
        var queued = 0;
        foreach (var o in open)
        {
            var reminders = new List<(NotificationKind Kind, Audience Audience, string Title, string Body)>();
            var link = $"/Movements/FilePlan/{o.MovementId}?unitId={o.UnitId}";
            if (o.DueOn >= today)
            {
                var left = await CountAsync(o.TenantId, o.DueOn);
                if (left <= o.ReminderDays)
                {
                    reminders.Add((NotificationKind.PlanDueSoon, Audience.HoldersAt(Permission.FilePlans, o.UnitId), $"Sắp đến hạn kế hoạch: {o.Name}",
                        $"{o.Unit} cần ban hành kế hoạch thực hiện phong trào “{o.Name}” trước ngày {o.DueOn:dd/MM/yyyy} (còn {left} ngày làm việc)."));
                }

                if (left <= 1)
                {
                    reminders.Add((NotificationKind.PlanDueTomorrow, Audience.HoldersAt(Permission.FilePlans, o.UnitId),
                        $"Hạn kế hoạch {(left == 0 ? "hôm nay" : "ngày làm việc tới")}: {o.Name}",
                        $"Hạn ban hành kế hoạch thực hiện phong trào “{o.Name}” của {o.Unit} là ngày {o.DueOn:dd/MM/yyyy}."));
                }
            }
            else
            {
                if (today >= await AddAsync(o.TenantId, o.DueOn, 1))
                {
                    reminders.Add((NotificationKind.PlanOverdue, Audience.HoldersAt(Permission.FilePlans, o.UnitId), $"Quá hạn kế hoạch: {o.Name}",
                        $"{o.Unit} chưa ban hành kế hoạch thực hiện phong trào “{o.Name}”; hạn là ngày {o.DueOn:dd/MM/yyyy}."));
                }

                if (today >= await AddAsync(o.TenantId, o.DueOn, o.EscalationDays))
                {
                    reminders.Add((NotificationKind.PlanEscalated, Audience.HeadsOf(o.UnitId), $"Đơn vị chậm ban hành kế hoạch: {o.Name}",
                        $"{o.Unit} đã quá hạn ban hành kế hoạch thực hiện phong trào “{o.Name}” {o.EscalationDays} ngày làm việc "
                        + $"(hạn ngày {o.DueOn:dd/MM/yyyy}). Đề nghị đồng chí thủ trưởng chỉ đạo."));
                }
            }

            foreach (var (kind, audience, title, body) in reminders)
            {
                var key = $"reminder:{o.Id:N}:{kind}:{o.DueOn:yyyyMMdd}";
                if (sent.Add("notify:" + key))
                {
                    Notify.Raise(db, new NotifyEvent(kind, o.TenantId, null, title, body, link, key, audience));
                    queued++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        await context.ReportAsync(100, $"{queued} lời nhắc", ct);

        async Task<int> CountAsync(Guid tenant, DateOnly due)
        {
            if (!counts.TryGetValue((tenant, due), out var n))
            {
                n = counts[(tenant, due)] = (await calendar.CountWorkingDaysAsync(tenant, today, due, ct)).Days;
            }

            return n;
        }

        async Task<DateOnly> AddAsync(Guid tenant, DateOnly due, int n)
        {
            if (!added.TryGetValue((tenant, due, n), out var d))
            {
                d = added[(tenant, due, n)] = (await calendar.AddWorkingDaysAsync(tenant, due, n, ct)).Date;
            }

            return d;
        }
    }
}
