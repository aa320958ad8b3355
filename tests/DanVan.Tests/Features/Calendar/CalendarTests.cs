using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Features.Movements;
using DanVan.Features.Tenants;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Calendar;

/// <summary>The province's working-day calendar through the API: seeded, edited by the administrator with citations, read by everyone, and counted with.</summary>
public sealed class CalendarTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_new_province_starts_with_the_seeded_years_and_existing_ones_get_those_they_lack_at_start_up(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, seedDemo: false);
        CreateTenant.Output opened;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            opened = (await CreateTenant.HandleAsync(scope.ServiceProvider.GetRequiredService<DanVan.Infrastructure.Data.AppDbContext>(),
                scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), new CreateTenant.Input("MOI", "Tỉnh Mới", TenantKind.Province, false,
                    "qtv.moi", "Quản trị Mới", TestApp.AdminPassword), CancellationToken.None)).Value!;
        }

        var years = await app.WithDbAsync(db => db.WorkingDayCalendars.Where(c => c.TenantId == opened.Tenant.Id).OrderBy(c => c.Year)
            .Select(c => new { c.Year, c.IsConfirmed }).ToListAsync());
        years.Select(y => (y.Year, y.IsConfirmed)).ShouldBe([(2024, true), (2025, true), (2026, false), (2027, false)]);

        // A province that existed before the calendar (no rows) gets the same years; one already there is left alone.
        var older = await app.CreateTenantAsync("CU");
        (await app.WithDbAsync(db => SeedCalendars.EnsureAsync(db, CancellationToken.None))).ShouldBe(4);
        (await app.WithDbAsync(db => SeedCalendars.EnsureAsync(db, CancellationToken.None))).ShouldBe(0);
        (await app.WithDbAsync(db => db.WorkingDayCalendars.CountAsync(c => c.TenantId == older.TenantId))).ShouldBe(4);
        (await app.WithDbAsync(db => db.CalendarEntries.CountAsync(e => e.TenantId == older.TenantId && e.Date == new DateOnly(2025, 1, 29)))).ShouldBe(1);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_administrator_adds_a_day_off_with_its_citation_and_the_deadline_moves(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var admin = await app.ClientForAsync("qtv.tinh");
        using var commune = await app.ClientForAsync("thidua.xa001");

        var before = await (await commune.GetAsync("/api/v1/calendar/add?from=2026-04-28&days=5")).ReadAsync<WorkingDayResult>();
        (before.Date, before.Provisional).ShouldBe((D("2026-05-07"), true));
        before.ProvisionalYears.ShouldBe([2026]);
        before.Skipped.Select(s => s.Name).ShouldContain(HolidayRules.Reunification);

        // Refused in Vietnamese, nothing saved.
        var entries = (await (await commune.GetAsync("/api/v1/calendar/2026")).ReadAsync<CalendarYearDto>()).Entries.Count;
        foreach (var (body, status, code) in new (object, HttpStatusCode, string)[]
                 {
                     (new { date = "2026-04-29", kind = "DayOff", name = "Nghỉ hoán đổi" }, HttpStatusCode.BadRequest, "calendar.citation"),
                     (new { date = "2026-04-29", kind = "WorkingDay", name = "Làm bù", citation = "Thông báo số 1/TB" }, HttpStatusCode.BadRequest, "calendar.working_weekday"),
                     (new { date = "2026-05-02", kind = "DayOff", name = "Nghỉ", citation = "Thông báo số 1/TB" }, HttpStatusCode.BadRequest, "calendar.dayoff_weekend"),
                     (new { date = "2027-04-29", kind = "DayOff", name = "Nghỉ", citation = "Thông báo số 1/TB" }, HttpStatusCode.BadRequest, "calendar.outside_year"),
                     (new { date = "2026-04-30", kind = "Holiday", name = "Trùng", citation = "Thông báo số 1/TB" }, HttpStatusCode.Conflict, "calendar.duplicate"),
                 })
        {
            (await (await admin.PostJsonAsync("/api/v1/calendar/2026/entries", body)).ProblemAsync(status)).Code.ShouldBe(code);
        }

        (await (await admin.PostJsonAsync("/api/v1/calendar/2026/entries", new { kind = "DayOff", name = "x", citation = "y" })).ProblemAsync(HttpStatusCode.BadRequest))
            .AllText.ShouldContain("Vui lòng nhập ngày.");
        (await (await commune.GetAsync("/api/v1/calendar/2026")).ReadAsync<CalendarYearDto>()).Entries.Count.ShouldBe(entries);

        const string citation = "Thông báo số 99/TB-BNV ngày 01/4/2026 của Bộ Nội vụ: hoán đổi thứ Tư 29/4 với thứ Bảy 09/5/2026";
        var edited = await (await admin.PostJsonAsync("/api/v1/calendar/2026/entries",
            new { date = "2026-04-29", kind = "DayOff", name = "Nghỉ hoán đổi (làm bù thứ Bảy 09/5)", citation })).ReadAsync<CalendarYearDto>();
        var added = edited.Entries.Single(e => e.Date == D("2026-04-29"));
        (added.Kind, added.Citation, added.Origin, added.NeedsCheck).ShouldBe((CalendarEntryKind.DayOff, citation, CalendarEntryOrigin.Added, false));
        edited.History[0].ShouldSatisfyAllConditions(h => h.Action.ShouldBe(CalendarAction.Added), h => h.Note.ShouldBe(citation),
            h => h.UserName.ShouldBe("qtv.tinh"));
        (await (await commune.GetAsync("/api/v1/calendar/add?from=2026-04-28&days=5")).ReadAsync<WorkingDayResult>()).Date.ShouldBe(D("2026-05-08"));

        // Removing needs a reason; the history keeps it and the deadline comes back.
        (await (await admin.DeleteAsync($"/api/v1/calendar/2026/entries/{added.Id}")).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("calendar.reason");
        var removed = await (await admin.DeleteAsync($"/api/v1/calendar/2026/entries/{added.Id}?reason=Nh%E1%BA%ADp%20nh%E1%BA%A7m%20n%C4%83m")).ReadAsync<CalendarYearDto>();
        removed.Entries.ShouldNotContain(e => e.Id == added.Id);
        (removed.History[0].Action, removed.History[0].Note, removed.History[0].Date).ShouldBe((CalendarAction.Removed, "Nhập nhầm năm", D("2026-04-29")));
        (await (await commune.GetAsync("/api/v1/calendar/add?from=2026-04-28&days=5")).ReadAsync<WorkingDayResult>()).Date.ShouldBe(D("2026-05-07"));

        // Confirming the year (with its citation) ends "provisional" and "to check".
        (await (await admin.PostJsonAsync("/api/v1/calendar/2026/confirm", new { citation = "" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("calendar.citation");
        var confirmed = await (await admin.PostJsonAsync("/api/v1/calendar/2026/confirm", new { citation = "Đã đối chiếu các thông báo năm 2026" })).ReadAsync<CalendarYearDto>();
        (confirmed.State, confirmed.ConfirmedByName).ShouldBe((CalendarYearState.Confirmed, "qtv.tinh"));
        confirmed.Entries.ShouldAllBe(e => !e.NeedsCheck);
        (await (await admin.PostJsonAsync("/api/v1/calendar/2026/confirm", new { citation = "lần hai" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("calendar.confirmed");
        (await (await commune.GetAsync("/api/v1/calendar/add?from=2026-04-28&days=5")).ReadAsync<WorkingDayResult>()).Provisional.ShouldBeFalse();
        var count = await (await commune.GetAsync("/api/v1/calendar/count?from=2026-04-28&to=2026-05-07")).ReadAsync<WorkingDayCount>();
        (count.Days, count.Provisional).ShouldBe((5, false));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_the_administrator_changes_the_calendar_and_everyone_signed_in_reads_it(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var viewer = await app.ClientForAsync("xem");
        using var anonymous = app.CreateClient();

        (await (await viewer.GetAsync("/api/v1/calendar/2025")).ReadAsync<CalendarYearDto>()).State.ShouldBe(CalendarYearState.Confirmed);
        (await anonymous.GetAsync("/api/v1/calendar/2025")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var entry = (await (await viewer.GetAsync("/api/v1/calendar/2026")).ReadAsync<CalendarYearDto>()).Entries[0];
        foreach (var client in new[] { officer, viewer })
        {
            (await (await client.PostJsonAsync("/api/v1/calendar/2026/entries", new { date = "2026-04-29", kind = "DayOff", name = "Nghỉ", citation = "TB" }))
                .ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("calendar.forbidden");
            (await (await client.DeleteAsync($"/api/v1/calendar/2026/entries/{entry.Id}?reason=x")).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("calendar.forbidden");
            (await (await client.PostJsonAsync("/api/v1/calendar/2026/confirm", new { citation = "TB" })).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("calendar.forbidden");
            (await (await client.PostJsonAsync("/api/v1/calendar/2030/propose", new { })).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("calendar.forbidden");
        }

        (await app.WithDbAsync(db => db.CalendarEvents.CountAsync(e => e.UserName != SeedCalendars.SystemName))).ShouldBe(0);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_year_without_data_says_so_counts_provisionally_and_can_be_proposed_from_the_lunar_calendar(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var admin = await app.ClientForAsync("qtv.tinh");

        var missing = await (await admin.GetAsync("/api/v1/calendar/2028")).ReadAsync<CalendarYearDto>();
        (missing.State, missing.Entries.Count).ShouldBe((CalendarYearState.Missing, 0));
        missing.Message.ShouldStartWith("Chưa có lịch năm 2028");
        var guess = await (await admin.GetAsync("/api/v1/calendar/add?from=2028-04-28&days=1")).ReadAsync<WorkingDayResult>();
        (guess.Date, guess.Provisional).ShouldBe((D("2028-05-02"), true));
        guess.ProvisionalYears.ShouldBe([2028]);
        (await (await admin.PostJsonAsync("/api/v1/calendar/2028/entries", new { date = "2028-05-02", kind = "DayOff", name = "Nghỉ", citation = "TB" }))
            .ProblemAsync(HttpStatusCode.NotFound)).Code.ShouldBe("calendar.no_year");
        (await (await admin.GetAsync("/api/v1/calendar/add?from=2028-04-28&days=-1")).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("calendar.days");
        (await (await admin.GetAsync("/api/v1/calendar/count?from=2028-04-28&to=2028-04-01")).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("calendar.range");

        var proposed = await (await admin.PostJsonAsync("/api/v1/calendar/2028/propose", new { })).ReadAsync<CalendarYearDto>();
        proposed.State.ShouldBe(CalendarYearState.Unconfirmed);
        proposed.Entries.ShouldAllBe(e => e.NeedsCheck && e.Origin == CalendarEntryOrigin.Proposed && e.Citation.Contains(HolidayRules.ProposalNote));
        proposed.Entries.Count(e => e.Name == HolidayRules.Tet).ShouldBe(5);
        proposed.History.ShouldHaveSingleItem().Action.ShouldBe(CalendarAction.Proposed);
        (await (await admin.PostJsonAsync("/api/v1/calendar/2028/propose", new { })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("calendar.year_exists");
        (await (await admin.GetAsync("/api/v1/calendar/add?from=2028-04-28&days=1")).ReadAsync<WorkingDayResult>()).Provisional.ShouldBeTrue();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_empty_cascade_deadline_is_the_units_deadline_plus_fifteen_working_days(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var ubnd = await app.UnitIdAsync("UBND");
        var stp = await app.UnitIdAsync("STP");
        var plan = await app.WithDbAsync(db => db.Documents.Where(d => d.Number == "45/KH-UBND").Select(d => d.Id).SingleAsync());
        var tenantId = await app.WithDbAsync(db => db.Units.Where(u => u.Id == ubnd).Select(u => u.TenantId).SingleAsync());

        var draft = await (await officer.PostJsonAsync("/api/v1/movements", new
        {
            name = "Dân vận khéo — hạn theo ngày làm việc", year = 2026, form = "Regular", launchingUnitId = ubnd, planDocumentId = plan,
            startsOn = "2026-04-01", planDeadline = "2026-04-24", cascadeToSubunits = true,
            participants = new[] { new { unitId = stp, includeDescendants = false } },
        })).ReadAsync<MovementDto>(HttpStatusCode.Created);

        // Friday 24/4/2026 + 15 working days skips the Monday in lieu of Giỗ Tổ, 30/4, 1/5 and the weekends: 20/5, not 9/5.
        draft.CascadeDeadline.ShouldBe(D("2026-05-20"));
        var expected = await app.WithDbAsync(async db => (await new WorkingDays(db).AddWorkingDaysAsync(tenantId, D("2026-04-24"), MovementSettings.DefaultCascadeWorkingDays)).Date);
        draft.CascadeDeadline.ShouldBe(expected);
    }
}
