using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Features.Movements;
using DanVan.Features.Notifications;
using DanVan.Infrastructure.Jobs;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Notifications;

/// <summary>
/// Notifications and the e-mail they cause, on both databases, with a real SMTP server in the test process
/// (<see cref="SmtpSink"/>): who is told (never the one who acted), the Vietnamese subject, body and absolute link, one
/// digest a day, urgent mail at once for those who chose it, an SMTP server that is down (retried, nothing lost),
/// unsubscribing by the signed link without signing in, and plan reminders sent once each.
/// </summary>
public sealed class NotificationTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string BaseUrl = "https://danvan.songtra.gov.vn";
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero); // 08:00 in Vietnam

    private static async Task<(TestApp App, ManualClock Clock, JobRunner Runner)> StartAsync(Provider provider, PostgresServer pg, SmtpSink smtp)
    {
        var clock = new ManualClock(Monday);
        var settings = smtp.Settings();
        settings["Notifications:BaseUrl"] = BaseUrl;
        var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock), settings: settings);
        return (app, clock, app.Services.GetRequiredService<JobRunner>());
    }

    private static Task<Guid> UserIdAsync(TestApp app, string userName) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>A running movement of UBND tỉnh obliging XA001 to issue its plan by <paramref name="due"/>.</summary>
    private static Task<(Guid Movement, Guid Obligation)> PlanDueAsync(TestApp app, DateOnly due) => app.WithDbAsync(async db =>
    {
        var ubnd = await db.Units.Where(u => u.Code == "UBND").Select(u => u.Id).SingleAsync();
        var xa001 = await db.Units.Where(u => u.Code == "XA001").Select(u => u.Id).SingleAsync();
        var plan = await db.AddDocumentAsync(ubnd, $"{Random.Shared.Next(100, 999)}/KH-UBND", due.AddDays(-30));
        var movement = await db.AddMovementAsync(ubnd, plan, [], launched: true);
        var obligation = new PlanObligation(await db.Units.Where(u => u.Id == xa001).Select(u => u.TenantId).SingleAsync(), movement, xa001, due, 0, null);
        db.PlanObligations.Add(obligation);
        await db.SaveChangesAsync();
        return (movement, obligation.Id);
    });

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_extended_deadline_tells_the_units_officers_in_the_app_and_in_one_daily_digest_never_the_manager_who_extended_it(Provider provider)
    {
        await using var smtp = new SmtpSink();
        var (app, clock, runner) = await StartAsync(provider, pg, smtp);
        await using var _ = app;
        var (movement, _) = await PlanDueAsync(app, new DateOnly(2026, 12, 28));
        var xa001 = await app.UnitIdAsync("XA001");
        await runner.RunDueAsync(CancellationToken.None); // Monday 08:00: this morning's digest (of the seed's news) has gone
        smtp.Messages.Clear();
        using var manager = await app.ClientForAsync("tdkt.snv");
        (await manager.PostJsonAsync($"/api/v1/movements/{movement}/plans/extend",
            new { unitIds = new[] { xa001 }, until = "2027-01-08", reason = "Xã đang kiện toàn bộ máy sau sắp xếp" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Queued with the change; nothing is sent in the request.
        (await app.WithDbAsync(db => db.Jobs.CountAsync(j => j.Kind == FanOutNotification.KindName && j.Status == JobStatus.Queued))).ShouldBe(1);
        await runner.RunDueAsync(CancellationToken.None);

        var officer = await UserIdAsync(app, "thidua.xa001");
        var head = await UserIdAsync(app, "chutich.xa001");
        var byManager = await UserIdAsync(app, "tdkt.snv");
        var told = await app.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.PlanDeadlineExtended && n.Link == $"/Movements/FilePlan/{movement}")
            .Select(n => n.UserId).ToListAsync());
        told.ShouldBe([officer, head], ignoreOrder: true);
        told.ShouldNotContain(byManager);

        using var commune = await app.ClientForAsync("thidua.xa001");
        var mine = await (await commune.GetAsync("/api/v1/me/notifications?unread=true")).ReadAsync<NotificationPage>();
        var extended = mine.Items.Single(n => n.Kind == NotificationKind.PlanDeadlineExtended);
        extended.Title.ShouldBe("Gia hạn kế hoạch");
        extended.Body.ShouldContain("08/01/2027");
        extended.Body.ShouldContain("Xã đang kiện toàn bộ máy sau sắp xếp");
        WebUtility.HtmlDecode(await (await app.SignedInAsync("thidua.xa001")).GetStringAsync("/")).ShouldContain($">{mine.Unread}<span class=\"visually-hidden\"> chưa đọc</span>");

        // Not urgent: nothing at once; the next morning's digest lists it, once, in Vietnamese, with absolute links.
        smtp.Messages.ShouldNotContain(m => m.Text.Contains("Xã đang kiện toàn bộ máy"));
        clock.Advance(TimeSpan.FromDays(1));
        await runner.RunDueAsync(CancellationToken.None);
        var digest = smtp.Messages.Where(m => m.To.Contains("thidua.xa001@songtra.gov.vn")).ToList().ShouldHaveSingleItem();
        digest.Subject.ShouldStartWith("[DanVan] Tổng hợp thông báo ngày 08/12/2026");
        digest.Text.ShouldContain("Kính gửi đồng chí Trần Thị Yến");
        digest.Text.ShouldContain("Xã đang kiện toàn bộ máy sau sắp xếp");
        digest.Text.ShouldContain($"{BaseUrl}/Movements/FilePlan/{movement}");
        digest.Html.ShouldContain($"href=\"{BaseUrl}/Movements/FilePlan/{movement}\"");
        digest.Message.Headers[MimeKit.HeaderId.ListUnsubscribe].ShouldStartWith($"<{BaseUrl}/Notifications/Unsubscribe?t=");
        smtp.Messages.ShouldNotContain(m => m.To.Contains("tdkt.snv@songtra.gov.vn") && m.Text.Contains("Xã đang kiện toàn"));

        // Another notice the same day waits for tomorrow's digest: at most one a day.
        var tenant = await app.WithDbAsync(db => db.Users.Where(u => u.Id == officer).Select(u => u.TenantId).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            Notify.Raise(db, new NotifyEvent(NotificationKind.DecisionIssued, tenant, byManager, "Quyết định khen thưởng số 9/QĐ-UBND", "Đơn vị có tên.",
                "/Decisions", "test:second", Audience.HoldersAt(Permission.ViewAwards, xa001)));
            await db.SaveChangesAsync();
        });
        clock.Advance(TimeSpan.FromHours(2));
        await runner.RunDueAsync(CancellationToken.None);
        smtp.Messages.Count(m => m.To.Contains("thidua.xa001@songtra.gov.vn")).ShouldBe(1);
        clock.Advance(TimeSpan.FromDays(1));
        await runner.RunDueAsync(CancellationToken.None);
        var second = smtp.Messages.Where(m => m.To.Contains("thidua.xa001@songtra.gov.vn")).ToList();
        second.Count.ShouldBe(2);
        second[1].Text.ShouldContain("Quyết định khen thưởng số 9/QĐ-UBND");
        second[1].Text.ShouldNotContain("Xã đang kiện toàn bộ máy", customMessage: "a notice is mailed once");

        // Reading marks it; another user's notification is "not found".
        (await commune.PostAsync($"/api/v1/me/notifications/{extended.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var other = await app.ClientForAsync("thidua.stp");
        await (await other.PostAsync($"/api/v1/me/notifications/{extended.Id}/read", null)).ProblemAsync(HttpStatusCode.NotFound);
        (await (await commune.GetAsync("/api/v1/me/notifications")).ReadAsync<NotificationPage>()).Items.Single(n => n.Id == extended.Id).ReadAt.ShouldNotBeNull();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Urgent_mail_goes_at_once_to_who_chose_it_survives_a_server_that_is_down_and_the_link_unsubscribes_without_signing_in(Provider provider)
    {
        await using var smtp = new SmtpSink();
        var (app, clock, runner) = await StartAsync(provider, pg, smtp);
        await using var _ = app;
        var xa001 = await app.UnitIdAsync("XA001");
        var officer = await UserIdAsync(app, "thidua.xa001");
        var head = await UserIdAsync(app, "chutich.xa001");
        var tenant = await app.WithDbAsync(db => db.Users.Where(u => u.Id == officer).Select(u => u.TenantId).SingleAsync());
        using var commune = await app.ClientForAsync("thidua.xa001");
        var set = await (await commune.PutJsonAsync("/api/v1/me/notification-preferences", new { mode = "Immediate", unsubscribed = Array.Empty<string>() }))
            .ReadAsync<PreferencesDto>();
        (set.Mode, set.Email).ShouldBe((DeliveryMode.Immediate, "thidua.xa001@songtra.gov.vn"));
        (await commune.PutJsonAsync("/api/v1/me/notification-preferences", new { mode = "Sometimes" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The head causes it: the officer is told (at once, urgent), the head is not told of his own act.
        smtp.Down = true;
        await app.WithDbAsync(async db =>
        {
            Notify.Raise(db, new NotifyEvent(NotificationKind.DossierReturned, tenant, head, "Hồ sơ đề nghị khen thưởng bị trả lại",
                "Cấp trên đã trả lại hồ sơ kèm lý do: thiếu báo cáo thành tích.", "/Nominations/Dossier/00000000-0000-0000-0000-000000000001", "test:returned",
                Audience.HoldersAt(Permission.FilePlans, xa001)));
            await db.SaveChangesAsync();
        });
        await runner.RunDueAsync(CancellationToken.None);
        (await app.WithDbAsync(db => db.Notifications.Where(n => n.Key == "test:returned").Select(n => n.UserId).ToListAsync())).ShouldBe([officer]);
        var mailJob = await app.WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Kind == "mail.send" && j.Key.StartsWith("mail.notification:")));
        (mailJob.Status, mailJob.Attempts).ShouldBe((JobStatus.Queued, 1), "the server was down: to be tried again");
        mailJob.Error.ShouldNotBeNull();
        smtp.Messages.ShouldBeEmpty();

        smtp.Down = false;
        clock.Advance(TimeSpan.FromMinutes(1));
        await runner.RunDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(10));
        await runner.RunDueAsync(CancellationToken.None);
        var mail = smtp.Messages.ShouldHaveSingleItem();
        mail.To.ShouldBe(["thidua.xa001@songtra.gov.vn"]);
        mail.Subject.ShouldBe("[DanVan] Hồ sơ đề nghị khen thưởng bị trả lại");
        mail.Text.ShouldContain("thiếu báo cáo thành tích");
        mail.Html.ShouldContain($"{BaseUrl}/Nominations/Dossier/00000000-0000-0000-0000-000000000001");

        // The mail's own link unsubscribes from its category without signing in; a tampered link is refused.
        var link = new Uri(mail.Message.Headers[MimeKit.HeaderId.ListUnsubscribe]!.Trim('<', '>'));
        using var anonymous = app.CreateClient();
        var local = link.PathAndQuery;
        var token = await CookieSession.FormTokenAsync(anonymous, local);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        using var post = await anonymous.PostAsync(local, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["t"] = query["t"]!,
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await post.Content.ReadAsStringAsync()).ShouldContain("Hồ sơ đề nghị khen thưởng");
        (await (await commune.GetAsync("/api/v1/me/notification-preferences")).ReadAsync<PreferencesDto>()).Unsubscribed
            .ShouldBe([NotificationCategory.Nominations]);
        WebUtility.HtmlDecode(await anonymous.GetStringAsync(local[..^3] + "xyz")).ShouldContain("không hợp lệ");

        // Unsubscribed: the next returned dossier is in the app but not mailed.
        await app.WithDbAsync(async db =>
        {
            Notify.Raise(db, new NotifyEvent(NotificationKind.DossierReturned, tenant, head, "Hồ sơ bị trả lại lần nữa", "Lý do khác.", "/Nominations",
                "test:returned-2", Audience.HoldersAt(Permission.FilePlans, xa001)));
            await db.SaveChangesAsync();
        });
        await runner.RunDueAsync(CancellationToken.None);
        (await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.Key == "test:returned-2" && n.UserId == officer))).ShouldBe(1);
        smtp.Messages.Count.ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Plan_reminders_come_in_working_days_once_each_and_the_head_hears_after_the_escalation_days(Provider provider)
    {
        await using var smtp = new SmtpSink();
        var (app, clock, runner) = await StartAsync(provider, pg, smtp);
        await using var _ = app;
        var xa001 = await app.UnitIdAsync("XA001");
        var tenant = await app.WithDbAsync(db => db.Units.Where(u => u.Id == xa001).Select(u => u.TenantId).SingleAsync());
        var due = await app.WithDbAsync(db => new WorkingDays(db).AddWorkingDaysAsync(tenant, new DateOnly(2026, 12, 7), 2)); // Wednesday 9/12
        due.Date.ShouldBe(new DateOnly(2026, 12, 9));
        var (movement, obligation) = await PlanDueAsync(app, due.Date);
        var officer = await UserIdAsync(app, "thidua.xa001");
        var head = await UserIdAsync(app, "chutich.xa001");

        Task<List<(NotificationKind Kind, Guid User)>> Reminders() => app.WithDbAsync(async db =>
            (await db.Notifications.Where(n => n.Link == $"/Movements/FilePlan/{movement}?unitId={xa001}").Select(n => new { n.Kind, n.UserId }).ToListAsync())
            .Select(n => (n.Kind, n.UserId)).ToList());

        async Task RunHourlyAsync(TimeSpan advance)
        {
            clock.Advance(advance);
            await runner.RunDueAsync(CancellationToken.None);
        }

        await RunHourlyAsync(TimeSpan.Zero); // Monday: 2 working days left (≤ 3)
        (await Reminders()).ShouldBe([(NotificationKind.PlanDueSoon, officer), (NotificationKind.PlanDueSoon, head)], ignoreOrder: true);
        await RunHourlyAsync(TimeSpan.FromHours(1));
        await RunHourlyAsync(TimeSpan.FromHours(1));
        (await Reminders()).Count.ShouldBe(2, "the same reminder is not sent twice");

        await RunHourlyAsync(TimeSpan.FromDays(1)); // Tuesday: due the next working day (urgent)
        (await Reminders()).Count(r => r.Kind == NotificationKind.PlanDueTomorrow).ShouldBe(2);
        await RunHourlyAsync(TimeSpan.FromDays(2)); // Thursday: the working day after the deadline
        (await Reminders()).Count(r => r.Kind == NotificationKind.PlanOverdue).ShouldBe(2);
        await RunHourlyAsync(TimeSpan.FromDays(1)); // Friday: 2 working days late, not yet the 5 of escalation
        (await Reminders()).ShouldNotContain(r => r.Kind == NotificationKind.PlanEscalated);
        await RunHourlyAsync(TimeSpan.FromDays(5)); // Wednesday 16/12: 5 working days late
        await RunHourlyAsync(TimeSpan.FromHours(1));
        var all = await Reminders();
        all.Where(r => r.Kind == NotificationKind.PlanEscalated).ShouldBe([(NotificationKind.PlanEscalated, head)]);
        all.GroupBy(r => r).ShouldAllBe(g => g.Count() == 1, "never the same reminder twice");
        (await app.WithDbAsync(db => db.Jobs.CountAsync(j => j.Key.StartsWith($"notify:reminder:{obligation:N}")))).ShouldBe(4);

        // A plan filed (or waived) ends the reminders; the movement's own N and M are data.
        (await app.WithDbAsync(db => db.Movements.Where(m => m.Id == movement).Select(m => new { m.ReminderDays, m.EscalationDays }).SingleAsync()))
            .ShouldBe(new { ReminderDays = Movement.DefaultReminderDays, EscalationDays = Movement.DefaultEscalationDays });
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_movements_managers_set_its_reminder_days_and_the_hourly_check_follows_them(Provider provider)
    {
        await using var smtp = new SmtpSink();
        var (app, clock, runner) = await StartAsync(provider, pg, smtp);
        await using var _ = app;
        var xa001 = await app.UnitIdAsync("XA001");
        var tenant = await app.WithDbAsync(db => db.Units.Where(u => u.Id == xa001).Select(u => u.TenantId).SingleAsync());
        var due = await app.WithDbAsync(db => new WorkingDays(db).AddWorkingDaysAsync(tenant, new DateOnly(2026, 12, 7), 4));
        due.Date.ShouldBe(new DateOnly(2026, 12, 11)); // Friday: 4 working days from Monday, beyond the default 3
        var (movement, _) = await PlanDueAsync(app, due.Date);
        var head = await UserIdAsync(app, "chutich.xa001");
        Task<List<NotificationKind>> Reminders() => app.WithDbAsync(db =>
            db.Notifications.Where(n => n.Link == $"/Movements/FilePlan/{movement}?unitId={xa001}").Select(n => n.Kind).ToListAsync());

        await runner.RunDueAsync(CancellationToken.None);
        (await Reminders()).ShouldBeEmpty();

        using var manager = await app.ClientForAsync("tdkt.snv");
        var url = $"/api/v1/movements/{movement}/reminders";
        (await (await manager.PutJsonAsync(url, new { reminderDays = 31, escalationDays = 2 })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("movement.reminder_days");
        (await (await manager.PutJsonAsync(url, new { reminderDays = 5, escalationDays = 0 })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("movement.escalation_days");
        (await (await manager.PutJsonAsync(url, new { reminderDays = 5 })).ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("báo thủ trưởng");
        using (var commune = await app.ClientForAsync("thidua.xa001"))
        {
            (await commune.PutJsonAsync(url, new { reminderDays = 5, escalationDays = 2 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        var set = await (await manager.PutJsonAsync(url, new { reminderDays = 5, escalationDays = 2 })).ReadAsync<MovementDto>();
        (set.ReminderDays, set.EscalationDays).ShouldBe((5, 2));
        set.RemindersText.ShouldBe("nhắc hạn trước 5 ngày làm việc; báo thủ trưởng đơn vị sau 2 ngày làm việc quá hạn");
        set.History.ShouldContain(e => e.Action == MovementAction.RemindersSet && e.Note == set.RemindersText);

        clock.Advance(TimeSpan.FromHours(1));
        await runner.RunDueAsync(CancellationToken.None); // Monday: 4 working days left (≤ 5)
        (await Reminders()).ShouldContain(NotificationKind.PlanDueSoon);
        clock.Advance(TimeSpan.FromDays(8)); // Tuesday 15/12: 2 working days after Friday's deadline (the new M)
        await runner.RunDueAsync(CancellationToken.None);
        (await app.WithDbAsync(db => db.Notifications.Where(n => n.Link == $"/Movements/FilePlan/{movement}?unitId={xa001}" && n.Kind == NotificationKind.PlanEscalated)
            .Select(n => n.UserId).ToListAsync())).ShouldBe([head]);

        // A closed movement's reminders are over: its rule cannot be changed any more.
        await manager.PostJsonAsync($"/api/v1/movements/{movement}/close", new { });
        (await (await manager.PutJsonAsync(url, new { reminderDays = 3, escalationDays = 5 })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("movement.closed");
    }
}
